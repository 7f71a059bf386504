// The data both renderers get: a schema whose array has `rows` rows of six text fields, and a
// filled plan for it; and an individual provision map with `rows` SMART targets for typing.

const fields = ['baseline', 'target', 'provision', 'resources', 'whenWhoWhere', 'outcome'];

/** A plain schema of the family: one array of objects with six string fields. */
export function rowsSchema() {
  return {
    title: 'Targets',
    type: 'object',
    properties: {
      targets: {
        type: 'array',
        title: 'Targets',
        items: {
          type: 'object',
          title: 'Target',
          properties: Object.fromEntries(fields.map((name) => [name, { type: 'string', title: name }])),
        },
      },
    },
  };
}

/** `rows` rows of realistic text for `rowsSchema()`. */
export function rowsPlan(rows) {
  return {
    targets: Array.from({ length: rows }, (_, index) => ({
      baseline: `Child can name ${index % 7} colours with a visual prompt.`,
      target: `By the next review, Amara will name 5 colours when shown a colour card, in 4 out of 5 sessions, with one verbal prompt.`,
      provision: 'Daily small-group colour game with the key person.',
      resources: 'Colour cards, sand timer',
      whenWhoWhere: 'Mornings, key person, quiet room',
      outcome: '',
    })),
  };
}

/** An individual provision map holding `rows` SMART targets (the typing benchmark's plan). */
export function provisionMap(rows) {
  return {
    template: 'individual-provision-map',
    schemaVersion: '1.0.0',
    status: 'draft',
    child: { name: 'Amara Okafor' },
    targets: Array.from({ length: rows }, (_, index) => ({
      id: `t${index}`,
      baseline: 'Amara can name 2 colours.',
      target: 'By the next review, Amara will name 5 colours when shown a colour card, in 4 out of 5 sessions, with one verbal prompt.',
      provision: 'Daily small-group colour game with the key person.',
      resources: 'Colour cards',
      whenWhoWhere: 'Mornings, key person, quiet room',
    })),
  };
}
