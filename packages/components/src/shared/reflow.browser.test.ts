import { expect } from '@esm-bundle/chai';
import '../define/all.js';

// WCAG 1.4.10: at 320 CSS pixels wide nothing scrolls sideways, even a long web address or
// code that a SENCO pasted into a target, a pupil's words or an amendment.

const long = 'https://www.example-local-authority.gov.uk/send/local-offer/graduated-response/support-plans/2026-27/guidance.pdf';

async function widthIn320(tag: string, props: Record<string, unknown>): Promise<[number, number]> {
  document.body.replaceChildren();
  const box = document.createElement('div');
  box.style.width = '320px';
  const element = Object.assign(document.createElement(tag), props) as HTMLElement & { updateComplete: Promise<unknown> };
  box.append(element);
  document.body.append(box);
  await element.updateComplete;
  return [element.scrollWidth, element.clientWidth];
}

describe('parts at 320 CSS pixels', () => {
  it('wrap a long web address in view mode instead of overflowing', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['isp-smart-target', { mode: 'view', pupilName: 'Sam', value: { target: `Sam will read the guidance at ${long} by Easter.`, provision: long } }],
      ['isp-pupil-voice', { mode: 'view', value: { words: `I like ${long}` } }],
      ['isp-amendments', { mode: 'view', value: [{ id: 'a1', date: '2026-10-01', by: { name: 'Sam Patel' }, path: '/profile/observedStrengths', previous: 'old', value: long }] }],
      ['isp-plan', { mode: 'view', template: 'individual-provision-map', plan: { template: 'individual-provision-map', schemaVersion: '1.0.0', status: 'draft', child: { name: 'Sam' }, profile: { observedStrengths: long } } }],
    ];
    for (const [tag, props] of cases) {
      const [scroll, client] = await widthIn320(tag, props);
      expect(scroll, tag).to.be.at.most(client);
    }
  });
});
