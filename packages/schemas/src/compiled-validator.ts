/** One error as ajv's standalone validators report it (with `messages: false`). */
export interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * A precompiled validator function as ajv's standalone code emits it: returns whether the
 * data is valid and leaves the errors of the last call on `errors`.
 */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}
