import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { renderPlanToHtml } from './render-plan-to-html.js';
import { planStylesheet } from './plan-stylesheet.js';

// A server-rendered plan read on a phone, e.g. from an email (people audit): at 320 CSS pixels
// nothing scrolls sideways, rows within rows included.

const fixture = (await import('/packages/schemas/fixtures/individual-support-plan/valid-complete.json' as string)) as { default: unknown };

afterEach(async () => {
  document.body.replaceChildren();
  await setViewport({ width: 800, height: 600 });
});

describe('renderPlanToHtml at 320 CSS pixels', () => {
  it('stacks labels above answers instead of overflowing sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const style = document.createElement('style');
    style.textContent = planStylesheet;
    const box = document.createElement('div');
    box.innerHTML = renderPlanToHtml(fixture.default, { mode: 'view' });
    document.body.style.margin = '0';
    document.body.append(style, box);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
