// Runs inside the Storybook preview iframe (added as a plain script, not compiled, so the
// test's TypeScript tooling cannot inject helpers the page lacks). Defines
// window.__ispSweepStory(storyId, runOnly): renders the story through Storybook's channel,
// waits for it and its Lit elements to finish, then runs axe over the story root.
(() => {
  const waitForStory = (channel, storyId) => new Promise((resolve) => {
    let timer;
    const handlers = {
      storyFinished: (payload) => {
        if (payload.storyId === storyId) finish(payload.status === 'success' ? {} : { error: `the story finished with status "${payload.status}"` });
      },
      storyErrored: (payload) => finish({ error: `story error: ${JSON.stringify(payload)}` }),
      storyThrewException: (payload) => finish({ error: `story threw: ${payload && payload.message}` }),
      playFunctionThrewException: (payload) => finish({ error: `play function threw: ${payload && payload.message}` }),
      storyMissing: () => finish({ error: 'story missing from the preview' }),
    };
    const finish = (result) => {
      clearTimeout(timer);
      for (const [name, fn] of Object.entries(handlers)) channel.off(name, fn);
      resolve(result);
    };
    // Generous: 200 SMART target rows render slowly on a busy 2-core CI machine; a hung story still fails.
    timer = setTimeout(() => finish({ error: 'the story did not finish rendering within 120 s' }), 120000);
    for (const [name, fn] of Object.entries(handlers)) channel.on(name, fn);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });

  const settleLitElements = async () => {
    const pending = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.updateComplete) pending.push(element.updateComplete);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    await Promise.all(pending);
  };

  // Rows use `content-visibility: auto` so off-screen ones skip layout; axe then measures
  // placeholders (targets "obscured", contrast unknown). Lay everything out for the check.
  const layOutEverything = () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    const visit = (root) => {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
  };

  // The story the page was opened on is already rendered: asking for it again renders nothing.
  const alreadyRendered = (storyId) => {
    const current = window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_PREVIEW__.currentRender;
    return Boolean(current && current.id === storyId && current.phase === 'finished');
  };

  window.__ispSweepStory = async (storyId, runOnly) => {
    const rendered = alreadyRendered(storyId) ? {} : await waitForStory(window.__STORYBOOK_ADDONS_CHANNEL__, storyId);
    if (rendered.error) return rendered;
    await settleLitElements();
    layOutEverything();
    const root = document.querySelector('#storybook-root');
    if (!root || root.childElementCount === 0) return { error: 'the story rendered nothing' };
    const result = await window.axe.run(root, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
    return {
      violations: result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id, impact, help, helpUrl, nodes: nodes.slice(0, 5).map(({ target, failureSummary }) => ({ target, failureSummary })),
      })),
    };
  };
})();
