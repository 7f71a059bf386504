import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';

// <isp-plan> shows the plan's review status, judged on the day and term calendar the host gives.

const complete = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };

async function renderPlan(props: Partial<IspPlan>): Promise<IspPlan> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-plan'), { template: 'individual-provision-map', plan: complete.default, ...props });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

async function statusText(plan: IspPlan): Promise<string> {
  const status = plan.shadowRoot!.querySelector('isp-review-status');
  expect(status, 'the plan shows its review status').to.not.equal(null);
  await (status as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return status!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('isp-plan review status', () => {
  it('judges the review window from the date of plan on the today the host gives', async () => {
    // Date of plan 2026-09-14; an IPM is reviewed 6 to 8 weeks later: 26 October to 9 November.
    expect(await statusText(await renderPlan({ today: '2026-10-01' }))).to.contain('Scheduled');
    expect(await statusText(await renderPlan({ today: '2026-11-02' }))).to.contain('Due');
    expect(await statusText(await renderPlan({ today: '2026-11-22' }))).to.contain('Overdue');
  });

  it('counts the window in teaching days when given a term calendar', async () => {
    // Half-term week 26–30 October is no teaching: the 30th teaching day after 14 September is 2 November.
    const calendar = {
      name: 'Test LA 2026-27',
      periods: [
        { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
        { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
      ],
      closures: [],
    };
    const plan = await renderPlan({ today: '2026-10-30', calendar });
    expect(await statusText(plan)).to.contain('Scheduled');
    plan.today = '2026-11-02';
    await plan.updateComplete;
    expect(await statusText(plan)).to.contain('Due');
  });

  it('reads the reviews wherever the template records them, not only a top-level list', async () => {
    const fixture = async (template: string) =>
      ((await import(`/packages/schemas/fixtures/${template}/valid-complete.json` as string)) as { default: Record<string, unknown> }).default;
    // School ISP: APDR cycles reviewed on 27 March and 17 July 2026, next review 23 October.
    const isp = await statusText(await renderPlan({ template: 'individual-support-plan', plan: await fixture('individual-support-plan'), today: '2026-08-01' }));
    expect(isp).to.contain('Reviewed on 17 July 2026');
    expect(isp).to.contain('Reviewed on 27 March 2026');
    expect(isp).not.to.contain('No reviews recorded');
    expect(isp).not.to.contain('Overdue');
    // SEN support plan: one review, on 10 December 2026.
    const ssp = await statusText(await renderPlan({ template: 'sen-support-plan', plan: await fixture('sen-support-plan'), today: '2026-12-20' }));
    expect(ssp).to.contain('Reviewed on 10 December 2026');
    // Inclusion support plan: its window counts from its start date.
    const incsp = await renderPlan({ template: 'inclusion-support-plan', plan: await fixture('inclusion-support-plan'), today: '2026-11-20' });
    expect(await statusText(incsp)).to.match(/Scheduled|Due|Overdue|Reviewed/);
  });
});

