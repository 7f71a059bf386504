import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
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

describe('isp-plan read at 320 CSS pixels (people audit)', () => {
  it('stacks labels above answers in rows within rows instead of overflowing sideways', async () => {
    const review = {
      date: '2026-10-30',
      targetsReviewed: [{ targetId: 't-snack-more', achieved: 'yes', comment: 'Signs "more" at most snack times and has started to say it.' }],
    };
    const plan = { template: 'review-of-intervention', schemaVersion: '1.0.0', status: 'draft', child: { name: 'Amara Okafor' }, review };
    const [scroll, client] = await widthIn320('isp-plan', { mode: 'view', template: 'review-of-intervention', plan });
    expect(scroll).to.be.at.most(client);
  });
});

describe('isp-intervention-log being filled in at 320 CSS pixels (people audit)', () => {
  it('scrolls a wide table within itself, never the page, and cuts none of it off', async () => {
    const targets = [{ id: 't1', target: 'Sam will say "more" at snack time.' }];
    const value = [{ id: 'e1', targetId: 't1', date: '2026-10-12', whoWhat: 'Key person', activity: 'Snack', staffing: '1:1', comments: 'Said "more" twice', achieved: true, absent: false }];
    await setViewport({ width: 336, height: 640 }); // the 320 px box, and the body's 8 px margins
    try {
      const [scroll, client] = await widthIn320('isp-intervention-log', { targets, value, today: '2026-10-14' });
      expect(scroll, 'the log overflows').to.be.at.most(client);
      expect(document.documentElement.scrollWidth, 'the page overflows').to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    const group = document.querySelector('isp-intervention-log')!.shadowRoot!.querySelector<HTMLElement>('.group')!;
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(group).overflowX);
    expect(scrolls || group.scrollWidth <= group.clientWidth, 'the whole table can be reached').to.equal(true);
  });
});

describe('isp-intervention-log at 320 CSS pixels, as at 400% zoom (people audit)', () => {
  it('never splits a word across lines in its table ("Ye s", "Achi eved")', async () => {
    const targets = [{ id: 't1', target: 'Sam will say "more" at snack time.' }];
    const value = [{ id: 'e1', targetId: 't1', date: '2026-10-12', whoWhat: 'Key person', activity: 'Snack', staffing: '1:1', comments: 'Said "more" twice', achieved: true, absent: false }];
    await widthIn320('isp-intervention-log', { targets, value, today: '2026-10-14' });
    const cells = [...document.querySelector('isp-intervention-log')!.shadowRoot!.querySelectorAll<HTMLElement>('th, td')];
    // A word drawn on more than one line has been split.
    const split: string[] = [];
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) split.push(match[0]);
        }
      }
    }
    expect(split).to.deep.equal([]);
  });
});
