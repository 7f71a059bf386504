// Runs inside the benchmark page (every renderer alike): timing helpers that end only when the
// page is really updated (the renderer's queued updates flushed, then style and layout forced).

/** Resolves in the next task: every microtask queued so far has run, and whatever else the
 * browser schedules first (input pipeline, frames) too. */
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
 * Arms a one-shot measurement of the next keystroke. Every figure ends after the `input` the
 * key causes was handled by every listener, `settle()` said the renderer's queued updates are
 * done (for <isp-plan>: its own update and the focused part's; for React: its commit), and
 * style and layout were forced. They differ in where they start and what else they wait for:
 * - `total`: from the keydown's `timeStamp`, the moment the browser created the event. It holds
 *   the browser's own key handling and text insertion (and their forced layout, which grows
 *   with the page), any wait behind work the page left on the main thread, every listener and
 *   the renderer's updates. It is the figure the goal is read against.
 * - `own`: from the first keydown listener (capture, on window) to the same end: the same work
 *   minus the time before the page's script first sees the key.
 * - `nextTask`: the figure earlier versions printed as "total": from the first keydown
 *   listener, after the end above, a further wait for a MessageChannel task and a second forced
 *   layout. That wait is mostly the browser's input pipeline and frame scheduling (a bare
 *   <input> spends ~10 ms in it on a shared 2-core machine), not the renderer's work.
 */
export function armKeystroke(settle = () => Promise.resolve()) {
  return new Promise((resolve) => {
    let created = 0;
    let start = 0;
    const onKeydown = (event) => {
      start = performance.now();
      created = event.timeStamp;
    };
    const onInput = async () => {
      window.removeEventListener('keydown', onKeydown, true);
      window.removeEventListener('input', onInput);
      await settle();
      forceLayout();
      const end = performance.now();
      await afterMicrotasks();
      forceLayout();
      resolve({ total: end - created, own: end - start, nextTask: performance.now() - start });
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

/**
 * For react-jsonschema-form: resolves once React committed the render the keystroke caused
 * (rjsf-page.jsx counts commits in a layout effect). React flushes input events' updates in a
 * microtask, so this is normally already true; the fallback waits for the next task.
 */
export async function rjsfSettled(commitsBefore) {
  for (let turn = 0; turn < 100 && window.rjsfCommits <= commitsBefore; turn++) await Promise.resolve();
  if (window.rjsfCommits <= commitsBefore) {
    window.rjsfLateCommits = (window.rjsfLateCommits ?? 0) + 1;
    await afterMicrotasks();
  }
}
