// Proves the browser harness itself: the page is a real Chromium with a DOM and custom elements.
import { expect } from '@esm-bundle/chai';

describe('browser test harness', () => {
  it('runs in a real browser with custom elements', () => {
    expect(typeof customElements.define).to.equal('function');
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
