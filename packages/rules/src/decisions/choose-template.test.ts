import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTemplate } from './choose-template.js';

test('reduced timetable or reintegration after exclusion: Inclusion Support Plan (seed 003)', () => {
  const reduced = chooseTemplate({ ageGroup: 'school-age', reducedTimetable: true });
  assert.equal(reduced.template, 'inclusion-support-plan');
  assert.match(reduced.reason, /reduced timetable.*full time/);
  assert.equal(chooseTemplate({ ageGroup: 'school-age', reintegrationAfterExclusion: true }).template, 'inclusion-support-plan');
  // It wins over the early-years rules too.
  assert.equal(chooseTemplate({ ageGroup: 'preschool-or-below', graduatedResponseLevel: 'GR3', reducedTimetable: true }).template, 'inclusion-support-plan');
});

test('preschool with only strategies from outside agencies: early-years ISP (seed 000)', () => {
  const choice = chooseTemplate({ ageGroup: 'preschool-or-below', graduatedResponseLevel: 'GR2', outsideAgencies: 'strategies' });
  assert.equal(choice.template, 'ey-individual-support-plan');
  assert.match(choice.reason, /only strategies, not targets/);
  assert.equal(choice.seed, '000');
});

test('targets from outside agencies, or GR2 and above: individual provision map (seed 002)', () => {
  assert.equal(chooseTemplate({ ageGroup: 'preschool-or-below', outsideAgencies: 'targets' }).template, 'individual-provision-map');
  const gr3 = chooseTemplate({ ageGroup: 'preschool-or-below', graduatedResponseLevel: 'GR3' });
  assert.equal(gr3.template, 'individual-provision-map');
  assert.match(gr3.reason, /GR3/);
  assert.equal(chooseTemplate({ ageGroup: 'school-age', outsideAgencies: 'targets' }).template, 'individual-provision-map');
});

test('GR1 without outside agencies: ISP, unless a group provision map is in place', () => {
  assert.equal(chooseTemplate({ ageGroup: 'preschool-or-below', graduatedResponseLevel: 'GR1', outsideAgencies: 'none' }).template, 'ey-individual-support-plan');
  const covered = chooseTemplate({ ageGroup: 'preschool-or-below', graduatedResponseLevel: 'GR1', outsideAgencies: 'none', groupProvisionMapInPlace: true });
  assert.equal(covered.template, null);
  assert.match(covered.reason, /group provision map is already in place/);
});

test('behaviour strategies at any age: ISP; at school after universal strategies failed: Inclusion Support Plan', () => {
  assert.equal(chooseTemplate({ ageGroup: 'school-age', behaviourStrategiesNeeded: true }).template, 'ey-individual-support-plan');
  assert.equal(
    chooseTemplate({ ageGroup: 'preschool-or-below', graduatedResponseLevel: 'GR1', groupProvisionMapInPlace: true, behaviourStrategiesNeeded: true }).template,
    'ey-individual-support-plan',
  );
  assert.equal(
    chooseTemplate({ ageGroup: 'school-age', behaviourStrategiesNeeded: true, universalStrategiesNotSuccessful: true }).template,
    'inclusion-support-plan',
  );
});

test('school age: on the SEN register gets a SEN Support Plan, otherwise the school ISP', () => {
  assert.equal(chooseTemplate({ ageGroup: 'school-age', onSenRegister: true }).template, 'sen-support-plan');
  const school = chooseTemplate({ ageGroup: 'school-age' });
  assert.equal(school.template, 'individual-support-plan');
  assert.match(school.reason, /Assess, Plan, Do, Review/);
});

test("the inclusion team's advice takes precedence; missing facts are asked for", () => {
  assert.equal(chooseTemplate({ ageGroup: 'preschool-or-below', graduatedResponseLevel: 'GR3', advisedTemplate: 'ey-individual-support-plan' }).template, 'ey-individual-support-plan');
  assert.throws(() => chooseTemplate({}), /ageGroup: say whether the child is "preschool-or-below" or "school-age"/);
  assert.throws(() => chooseTemplate({ ageGroup: 'teen' as 'school-age' }), /ageGroup: "teen" is not one of preschool-or-below, school-age/);
  assert.throws(() => chooseTemplate({ graduatedResponseLevel: 'GR5' as 'GR4' }), /graduatedResponseLevel: "GR5" is not one of/);
});

const failsWith = (run: () => unknown, code: string, path: string) => assert.throws(run, { name: 'RuleInputError', code, path });

test('advice naming no plan template is an error, not returned as the choice', () => {
  failsWith(() => chooseTemplate({ advisedTemplate: 'banana' as never }), 'invalid-field', 'advisedTemplate');
  // Records and the whole-setting action plan are not a plan for a child.
  failsWith(() => chooseTemplate({ advisedTemplate: 'record-of-intervention' }), 'invalid-field', 'advisedTemplate');
  failsWith(() => chooseTemplate({ advisedTemplate: 'inclusion-action-plan' }), 'invalid-field', 'advisedTemplate');
  assert.equal(chooseTemplate({ advisedTemplate: 'sen-support-plan' }).template, 'sen-support-plan');
});

test('a yes/no fact that is not true or false is an error, not read as yes', () => {
  failsWith(() => chooseTemplate({ ageGroup: 'school-age', reducedTimetable: 'no' as never }), 'invalid-field', 'reducedTimetable');
  failsWith(() => chooseTemplate({ ageGroup: 'preschool-or-below', groupProvisionMapInPlace: 1 as never }), 'invalid-field', 'groupProvisionMapInPlace');
  for (const field of ['behaviourStrategiesNeeded', 'universalStrategiesNotSuccessful', 'reintegrationAfterExclusion', 'onSenRegister']) {
    failsWith(() => chooseTemplate({ ageGroup: 'school-age', [field]: 'false' }), 'invalid-field', field);
  }
  assert.equal(chooseTemplate({ ageGroup: 'school-age', reducedTimetable: false }).template, 'individual-support-plan');
});

test('targets from outside agencies mean an IPM whatever the age, so the age is not needed (seed 002)', () => {
  const choice = chooseTemplate({ outsideAgencies: 'targets' });
  assert.equal(choice.template, 'individual-provision-map');
  assert.equal(choice.seed, '002');
});

test('a list where the facts about the child belong is refused as such, not as a missing age group', () => {
  failsWith(() => chooseTemplate([{ ageGroup: 'school-age' }] as never), 'invalid-field', 'child');
});

test('universal school-based strategies not successful is enough for an Inclusion Support Plan (seed 003)', () => {
  // Before: without behaviourStrategiesNeeded the fact was ignored and the school ISP chosen.
  const choice = chooseTemplate({ ageGroup: 'school-age', universalStrategiesNotSuccessful: true });
  assert.equal(choice.template, 'inclusion-support-plan');
  assert.equal(choice.seed, '003');
  assert.equal(chooseTemplate({ ageGroup: 'school-age', universalStrategiesNotSuccessful: false }).template, 'individual-support-plan');
});

test('a BigInt fact is refused as invalid-field, not a TypeError while writing the message', () => {
  failsWith(() => chooseTemplate({ ageGroup: 10n as never }), 'invalid-field', 'ageGroup');
});
