// Runs inside the benchmark page (both renderers): timing helpers that end only when the page
// is really updated (queued renders flushed, then style and layout forced).

/** Resolves after every microtask queued so far (Lit's and React's renders) has run. */
export function afterMicrotasks() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Forces style and layout, so "updated" includes what the browser must do to show it. */
export function forceLayout() {
  return document.body.getBoundingClientRect().height;
}

/**
 * Arms a one-shot measurement of the next keystroke: from `keydown` (capture, first listener)
 * until the `input` it causes has been handled, renders flushed and layout done.
 */
export function armKeystroke() {
  return new Promise((resolve) => {
    let start = 0;
    const onKeydown = () => {
      start = performance.now();
    };
    const onInput = async () => {
      await afterMicrotasks();
      forceLayout();
      window.removeEventListener('keydown', onKeydown, true);
      window.removeEventListener('input', onInput);
      resolve(performance.now() - start);
    };
    window.addEventListener('keydown', onKeydown, true);
    window.addEventListener('input', onInput);
  });
}
