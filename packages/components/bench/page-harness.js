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
 * Arms a one-shot measurement of the next keystroke, from `keydown` (capture, first listener):
 * - `total`: until the `input` it causes was handled, every queued render flushed (the next
 *   task) and layout done; the same for every renderer, so it is the comparison figure;
 * - `own`: until `settle()` says the renderer is done (for <isp-plan>: its update and the
 *   focused part's) and layout is done, without waiting for the next task: the renderer's own
 *   work, free of the browser's input pipeline that the next-task wait also catches.
 */
export function armKeystroke(settle = () => Promise.resolve()) {
  return new Promise((resolve) => {
    let start = 0;
    const onKeydown = () => {
      start = performance.now();
    };
    const onInput = async () => {
      window.removeEventListener('keydown', onKeydown, true);
      window.removeEventListener('input', onInput);
      await settle();
      forceLayout();
      const own = performance.now() - start;
      await afterMicrotasks();
      forceLayout();
      resolve({ total: performance.now() - start, own });
    };
    window.addEventListener('keydown', onKeydown, true);
    window.addEventListener('input', onInput);
  });
}

/** For <isp-plan>: resolves when the plan and the part holding focus have rendered. */
export async function ispSettled() {
  const plan = document.querySelector('isp-plan');
  let part = plan?.shadowRoot?.activeElement;
  await plan?.updateComplete;
  while (part) {
    await part.updateComplete;
    part = part.shadowRoot?.activeElement;
  }
}
