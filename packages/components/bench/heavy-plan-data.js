// Heavy plans for the heavy-plan benchmark and its (untimed) test: a record of intervention
// with 1,000 targets and 5,000 intervention records, and an individual provision map with
// 1,000 SMART targets (the live SMART checklist runs in each). The text is realistic, varied
// per row, and valid against the schemas.

const areas = ['communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health', 'sensory-and-physical', 'independence-and-self-help'];

function isoDate(dayOffset) {
  return new Date(Date.UTC(2026, 8, 7) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

function targetText(index) {
  return `By 30 October 2026, Amara will name ${2 + (index % 6)} colours when shown a colour card, with one verbal prompt, in 4 out of 5 sessions (target ${index + 1}).`;
}

/** A record of intervention with `targets` targets and `entries` dated entries spread over them. */
export function heavyRecordOfIntervention(targets = 1000, entries = 5000) {
  return {
    template: 'record-of-intervention',
    schemaVersion: '1.0.0',
    id: 'roi-heavy',
    status: 'draft',
    child: { name: 'Amara Okafor', dateOfBirth: '2022-11-03', setting: 'Little Acorns Pre-school, Crawley' },
    forPlan: { planId: 'ipm-heavy', template: 'individual-provision-map' },
    targets: Array.from({ length: targets }, (_, index) => ({ targetId: `t-${index}`, target: targetText(index) })),
    entries: Array.from({ length: entries }, (_, index) => ({
      id: `e-${index}`,
      targetId: `t-${index % targets}`,
      date: isoDate(Math.floor(index / 50)),
      whoWhat: `Key person ${index % 4 === 0 ? 'Jo Brennan' : 'room leader'}, session ${index + 1}`,
      comments: `Amara named ${index % 5} colours with one prompt; she stayed at the table for ${5 + (index % 10)} minutes.`,
      achieved: index % 3 === 0,
      absent: index % 17 === 0,
      staffing: 'Key person 1:1',
      activity: 'Colour card game',
    })),
  };
}

/** An individual provision map with `targets` full SMART target rows. */
export function heavyProvisionMap(targets = 1000) {
  return {
    template: 'individual-provision-map',
    schemaVersion: '1.0.0',
    id: 'ipm-heavy',
    status: 'draft',
    child: { name: 'Amara Okafor', dateOfBirth: '2022-11-03', setting: 'Little Acorns Pre-school, Crawley' },
    planDetails: { dateOfPlan: '2026-09-14', graduatedResponseLevel: 'GR2', keyPerson: 'Jo Brennan' },
    targets: Array.from({ length: targets }, (_, index) => ({
      id: `t-${index}`,
      areaOfNeed: areas[index % areas.length],
      baseline: `Amara can name ${index % 3} colours without help.`,
      target: targetText(index),
      provision: 'Daily small-group colour game with the key person, who models each colour name.',
      resources: 'Colour cards, sand timer',
      whenWhoWhere: 'Mornings, key person, quiet room',
      outcome: '',
    })),
  };
}
