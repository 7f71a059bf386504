/**
 * The one error type the rules throw for bad input. `code` is stable (callers and the CLI
 * branch on it); `message` is plain English and names the value and where it came from.
 */
export class RuleInputError extends Error {
  readonly code: string;
  /** Where in the input the problem is, e.g. `from`, `periods[2].end`, `/child/name`. */
  readonly path: string | undefined;

  constructor(code: string, message: string, path?: string) {
    super(message);
    this.name = 'RuleInputError';
    this.code = code;
    this.path = path;
  }
}
