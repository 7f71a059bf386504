// Prints how fast review windows are computed with a term calendar. Goal: 100,000 plans in
// under one second. A benchmark, not a test: it reports figures and never fails on timing.
// Run: npm run bench:review -w @isp-kit/rules
import { performance } from 'node:perf_hooks';
import { formatIsoDate, parseIsoDate } from '../src/dates/iso-date.js';
import { parseCalendar, reviewStatus, reviewWindow, type TermCalendarInput } from '../src/index.js';

const PLANS = 100_000;
const templates = ['ey-individual-support-plan', 'individual-provision-map', 'sen-support-plan', 'inclusion-support-plan', 'individual-support-plan'];

/** Three school years of six half terms, with an INSET day at the start of each term. */
function threeYears(): TermCalendarInput {
  const periods: TermCalendarInput['periods'] = [];
  const closures: string[] = [];
  for (const year of [2026, 2027, 2028]) {
    const next = year + 1;
    periods.push(
      { name: 'Autumn 1', start: `${year}-09-03`, end: `${year}-10-23` },
      { name: 'Autumn 2', start: `${year}-11-02`, end: `${year}-12-18` },
      { name: 'Spring 1', start: `${next}-01-05`, end: `${next}-02-12` },
      { name: 'Spring 2', start: `${next}-02-22`, end: `${next}-03-26` },
      { name: 'Summer 1', start: `${next}-04-12`, end: `${next}-05-28` },
      { name: 'Summer 2', start: `${next}-06-07`, end: `${next}-07-21` },
    );
    closures.push(`${year}-09-03`, `${next}-01-05`, `${next}-04-12`);
  }
  return { name: 'Benchmark LA 2026-2029', periods, closures };
}

// Plans dated across the first two years, so every window ends inside the calendar.
const first = parseIsoDate('2026-09-03');
const span = parseIsoDate('2028-07-01') - first;
const plans = Array.from({ length: PLANS }, (_, i) => ({
  template: templates[i % templates.length]!,
  from: formatIsoDate(first + ((i * 7919) % span)),
  today: formatIsoDate(first + ((i * 104729) % span)),
}));

const parseStart = performance.now();
const calendar = parseCalendar(threeYears());
const parseMs = performance.now() - parseStart;

/** Best of three timed passes after one untimed pass (JIT warm-up), like most benchmarks. */
function run(label: string, each: (plan: (typeof plans)[number]) => unknown): void {
  let best = Infinity;
  let sink = 0;
  for (let pass = 0; pass < 4; pass++) {
    const start = performance.now();
    sink = 0;
    for (const plan of plans) sink += each(plan) ? 1 : 0;
    if (pass > 0) best = Math.min(best, performance.now() - start);
  }
  const perSecond = Math.round((PLANS / best) * 1000);
  console.log(
    `${label}: ${PLANS.toLocaleString('en-GB')} plans in ${best.toFixed(0)} ms (${perSecond.toLocaleString('en-GB')} per second; goal < 1000 ms: ${best < 1000 ? 'met' : 'NOT met'})${sink === PLANS ? '' : ' [unexpected result]'}`,
  );
}

console.log(`calendar: ${calendar.teachingDays.length} teaching days, parsed in ${parseMs.toFixed(1)} ms`);
run('reviewWindow with a calendar', (plan) => reviewWindow({ template: plan.template, from: plan.from, calendar }));
run('reviewStatus with a calendar', (plan) => reviewStatus({ template: plan.template, from: plan.from, today: plan.today, calendar }));
run('reviewWindow without a calendar', (plan) => reviewWindow({ template: plan.template, from: plan.from }));
