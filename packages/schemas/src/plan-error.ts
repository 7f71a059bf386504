import type { MessageCatalogue } from './messages/catalogue.js';

/** One problem in a plan, in words a person can act on. */
export interface PlanError {
  /** JSON pointer to the field (a missing field is reported at its own pointer). */
  readonly pointer: string;
  /** The field's title from the schema, e.g. "Child's name". */
  readonly field: string;
  /** What to do, in plain English (or the catalogue's language). */
  readonly message: string;
  /** Stable machine-readable code, e.g. `required`, `invalid-date`; see `PlanErrorCode`. */
  readonly code: string;
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly errors: PlanError[];
}

export interface ValidateOptions {
  /** Messages in another language; English by default. */
  readonly messages?: MessageCatalogue;
}
