// A local authority's variant of the individual provision map, as an LA would publish it: its
// own graduated-response list in place of the default (GR1 to Exceptional) and one added field.
// Passed to <isp-plan> through the `schema` property: a new variant needs no new code.
type Json = Record<string, unknown>;

const common = 'https://isp-kit.org/schemas/v1/common.schema.json';

/** `common.schema.json#/…` is relative to the template's `$id`: absolute once the `$id` changes. */
function absoluteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [
    key,
    key === '$ref' && typeof value === 'string' && value.startsWith('common.schema.json') ? value.replace('common.schema.json', common) : absoluteRefs(value),
  ]));
}

export const northshireLevels = ['Universal plus', 'SEN Support', 'SEN Support plus', 'EHC needs assessment requested'];

export function localAuthorityVariant(ipm: Json): Json {
  const variant = absoluteRefs(structuredClone(ipm)) as Json;
  variant.$id = 'https://schemas.northshire.example/isp/individual-provision-map.schema.json';
  variant.title = 'Individual provision map (Northshire County Council)';
  const planDetails = (variant.properties as Json).planDetails as Json;
  const properties = planDetails.properties as Json;
  properties.graduatedResponseLevel = {
    type: 'string',
    title: 'Northshire level of need:',
    description: 'Northshire uses its own levels in place of GR1 to GR4.',
    enum: northshireLevels,
  };
  properties.earlyHelpReference = {
    type: 'string',
    title: 'Early Help reference (if the family has an Early Help plan)',
    description: 'For example, EH-2026-0147',
  };
  return variant;
}

export function localAuthorityPlan(ipmPlan: Json): Json {
  const plan = structuredClone(ipmPlan);
  plan.planDetails = { ...(plan.planDetails as Json), graduatedResponseLevel: 'SEN Support plus', earlyHelpReference: 'EH-2026-0147' };
  return plan;
}
