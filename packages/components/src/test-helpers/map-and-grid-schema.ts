/** A host schema with a map (a score per subject) and a list of lists (tables of names). */
export const mapAndGridSchema = {
  type: 'object',
  title: 'Scores',
  properties: {
    scores: { type: 'object', title: 'Scores by subject', additionalProperties: { type: 'number' } },
    grid: { type: 'array', title: 'Seating plan', items: { type: 'array', title: 'Table', items: { type: 'string' } } },
  },
};
