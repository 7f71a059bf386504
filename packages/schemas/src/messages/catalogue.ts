/** Every code a `PlanError` can carry. */
export type PlanErrorCode =
  | 'not-an-object'
  | 'missing-template'
  | 'unknown-template'
  | 'template-not-available'
  | 'unsupported-schema-version'
  | 'required'
  | 'empty'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'too-small'
  | 'too-large'
  | 'wrong-type'
  | 'invalid-date'
  | 'invalid-format'
  | 'not-in-list'
  | 'wrong-value'
  | 'unknown-field'
  | 'invalid-pattern'
  | 'duplicate'
  | 'no-match';

/** What a field expects, so a message can say "enter", "choose" or "add". */
export type FieldKind = 'text' | 'date' | 'choice' | 'yes-no' | 'number' | 'list' | 'section' | 'value';

/** Everything a message may mention. */
export interface MessageContext {
  /** The field's title, shortened for a sentence (no trailing colon or bracketed example). */
  readonly field: string;
  /** What the field expects. */
  readonly kind: FieldKind;
  /** 1-based row number when the field is inside a list. */
  readonly row?: number;
  /** Title of that list (shortened), when the field is inside one of its rows. */
  readonly list?: string;
  /** The name of a property that should not be there, for `unknown-field`. */
  readonly property?: string;
  /** Title of the section holding the field, for `unknown-field`; absent at the top level. */
  readonly section?: string;
  /** A number limit (length, count, size). */
  readonly limit?: number;
  /** The limit itself is not allowed (`exclusiveMinimum`/`exclusiveMaximum`): "more than 0". */
  readonly exclusive?: boolean;
  /** The number a value must be a multiple of, for `no-match` from `multipleOf`. */
  readonly multipleOf?: number;
  /** Values the field allows: `enum`/`const`, template ids, format name. */
  readonly allowed?: readonly string[];
  /** JSON types the field allows, for `wrong-type`. */
  readonly types?: readonly string[];
  /** The value found, described in words ("a number", "a list"). */
  readonly found?: string;
  /** The value given, as written (quoted text, cut short), for `not-in-list`. */
  readonly given?: string;
  /** An example of a good value, from the schema's `examples`. */
  readonly example?: string;
  /** Versions, for `unsupported-schema-version`. */
  readonly version?: string;
  readonly supported?: string;
}

/**
 * A message catalogue: one function per code. Another language is another catalogue with
 * the same keys, passed as `validate(plan, { messages })`.
 */
export type MessageCatalogue = Readonly<Record<PlanErrorCode, (context: MessageContext) => string>>;
