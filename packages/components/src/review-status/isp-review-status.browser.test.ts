import { expect } from '@esm-bundle/chai';
import 'axe-core';
import '../define/isp-review-status.js';
import type { IspReviewStatus } from './isp-review-status.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
// WCAG 2.2 AA target size (24 by 24) is off in axe by default: turn it on.
const axeOptions = { rules: { 'target-size': { enabled: true } } };

const history = [
  { date: '2026-10-20', outcome: 'New targets agreed with parents', nextReviewDate: '2026-12-08',
    targetsReviewed: [{ targetId: 't1', achieved: 'yes' }, { targetId: 't2', achieved: 'partly' }], 'x-mis-id': 'R1' },
  { date: '2026-07-10', outcome: 'Targets adapted' },
];

// Half term is the week of 26 October.
const calendar = {
  name: 'Example LA 2026-27',
  periods: [
    { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
    { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
  ],
  closures: [],
};

async function render(props: Partial<IspReviewStatus> = {}): Promise<IspReviewStatus> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-review-status'), {
    template: 'individual-provision-map', from: '2026-09-07', ...props,
  });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const text = (element: IspReviewStatus) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('isp-review-status', () => {
  it('has no axe violations in every mode and state, and with an error', async () => {
    const cases: Partial<IspReviewStatus>[] = [
      { today: '2026-09-10' },
      { today: '2026-10-20', mode: 'view' },
      { today: '2026-12-20', mode: 'print' },
      { today: '2026-10-25', reviews: history },
      { from: 'soon', error: 'Enter a review date' },
    ];
    for (const props of cases) {
      const element = await render(props);
      expect((await axe.run(element, axeOptions)).violations, JSON.stringify(props)).to.deep.equal([]);
    }
  });

  it('shows each status as a tag with words and a plain sentence', async () => {
    // 6 to 8 weeks from 7 September 2026, without a calendar: 19 October to 2 November.
    const cases: [string, string, string][] = [
      ['2026-09-10', 'Scheduled', 'Next review due between 19 October and 2 November 2026'],
      ['2026-10-20', 'Due', 'Review due between 19 October and 2 November 2026'],
      ['2026-11-03', 'Overdue', 'Review overdue: it was due by 2 November 2026'],
    ];
    for (const [today, tag, sentence] of cases) {
      const element = await render({ today });
      expect(element.shadowRoot!.querySelector('[part=tag]')!.textContent).to.equal(tag);
      expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal(sentence);
    }
    const reviewed = await render({ today: '2026-10-25', reviews: history });
    expect(reviewed.shadowRoot!.querySelector('[part=tag]')!.textContent).to.equal('Reviewed');
    expect(reviewed.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Reviewed on 20 October 2026');
    expect(reviewed.shadowRoot!.querySelector('[part=next]')!.textContent).to.equal('Next review date: 8 December 2026');
    const noNextDate = await render({ today: '2026-10-25', reviews: [{ date: '2026-10-20' }] });
    // 6 to 8 weeks counted from the review itself.
    expect(noNextDate.shadowRoot!.querySelector('[part=next]')!.textContent).to.equal('Next review due between 1 December and 15 December 2026');
  });

  it('after a review, shows the next cycle as due or overdue once its time comes', async () => {
    // Reviewed 20 October with no next date: the next window is 1 to 15 December 2026.
    const due = await render({ today: '2026-12-05', reviews: [{ date: '2026-10-20' }] });
    expect(due.shadowRoot!.querySelector('[part=tag]')!.textContent).to.equal('Due');
    expect(due.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Reviewed on 20 October 2026');
    expect(due.shadowRoot!.querySelector('[part=next]')!.textContent).to.equal('Review due between 1 December and 15 December 2026');
    const late = await render({ today: '2027-01-10', reviews: [{ date: '2026-10-20' }] });
    expect(late.shadowRoot!.querySelector('[part=tag]')!.textContent).to.equal('Overdue');
    expect(late.shadowRoot!.querySelector('[part=next]')!.textContent).to.equal('Review overdue: it was due by 15 December 2026');
    // The review's own next review date (8 December) has passed.
    const pastNextDate = await render({ today: '2026-12-09', reviews: history });
    expect(pastNextDate.shadowRoot!.querySelector('[part=tag]')!.textContent).to.equal('Overdue');
    expect(pastNextDate.shadowRoot!.querySelector('[part=next]')!.textContent).to.equal('Review overdue: it was due by 8 December 2026');
    const onTime = await render({ today: '2026-12-08', reviews: history });
    expect(onTime.shadowRoot!.querySelector('[part=tag]')!.textContent).to.equal('Reviewed');
  });

  it('counts teaching days when given a term calendar', async () => {
    const element = await render({ today: '2026-09-10', calendar });
    // The half-term week is not counted, so the window ends later than 7 * 8 days would.
    expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Next review due between 19 October and 9 November 2026');
  });

  it('reads a calendar given as JSON text, and says so when a calendar cannot be read', async () => {
    const text = await render({ today: '2026-09-10', calendar: JSON.stringify(calendar) });
    expect(text.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Next review due between 19 October and 9 November 2026');
    const list = await render({ today: '2026-09-10', calendar: [calendar] });
    expect(list.shadowRoot!.querySelector('[part=problem]')?.textContent ?? '', 'not counted in plain weeks in silence').to.match(/calendar/i);
    expect(list.shadowRoot!.querySelector('[part=status]') === null, 'no window drawn from a calendar it could not read').to.equal(true);
  });

  it('lists the APDR history oldest first with outcomes and targets', async () => {
    const element = await render({ today: '2026-10-25', reviews: history });
    const items = [...element.shadowRoot!.querySelectorAll('[part=history] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.contain('Reviewed on 10 July 2026').and.contain('Targets adapted');
    expect(items[1]).to.contain('Reviewed on 20 October 2026')
      .and.contain('2 targets reviewed: 1 achieved, 1 partly achieved')
      .and.contain('Next review date: 8 December 2026');
    expect(element.value).to.equal(element.reviews);
  });

  it('gives a clear message, never a crash, for bad or missing dates, templates and calendars', async () => {
    expect(text(await render({ from: '' }))).to.contain('There is no date of plan yet');
    expect(text(await render({ from: '2026-02-30', today: '2026-03-01' }))).to.contain('“2026-02-30” is not a real date');
    expect(text(await render({ template: 'mystery-plan', today: '2026-10-01' }))).to.contain('“mystery-plan” is not a plan template');
    expect(text(await render({ template: 'record-of-intervention', today: '2026-10-01' }))).to.contain('no review date of its own');
    const short = { name: 'Short', periods: [{ name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' }], closures: [] };
    expect(text(await render({ calendar: short, today: '2026-10-01' }))).to.contain('The next review cannot be worked out: Calendar "Short" ends on 2026-10-23');
    const odd = await render({ today: '2026-10-01', reviews: 'lots' });
    expect(text(odd)).to.contain('The review history could not be read');
    expect(odd.reviews).to.equal('lots');
    const undated = await render({ today: '2026-10-01', reviews: [{ outcome: 'Met at home' }, null, { date: 'last week' }] });
    expect(text(undated)).to.contain('Review with no date recorded').and.contain('Review dated “last week”');
  });

  it('says a plan was reviewed even when its calendar stops before the window it would have had', async () => {
    // The school year's calendar ends before 6 weeks from the plan, but the review was held.
    const short = { name: 'Short', periods: [{ name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' }], closures: [] };
    const element = await render({ calendar: short, today: '2026-10-22', reviews: [{ date: '2026-10-20' }] });
    expect(element.shadowRoot!.querySelector('[part=tag]')?.textContent).to.equal('Reviewed');
    expect(element.shadowRoot!.querySelector('[part=status]')?.textContent).to.equal('Reviewed on 20 October 2026');
    expect(text(element), 'the next window still says why it is unknown').to.contain('Calendar "Short" ends on 2026-10-23');
  });

  it('shows the window without a status when no today is given', async () => {
    const element = await render();
    expect(element.shadowRoot!.querySelector('[part=tag]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Next review due between 19 October and 2 November 2026');
  });

  it("follows a local authority's cadence override", async () => {
    const element = await render({ today: '2026-09-10', cadence: { min: 4, max: 6 } });
    expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Next review due between 5 October and 19 October 2026');
  });
});
