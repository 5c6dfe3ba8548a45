// Collects validation messages by field path (`result[3].value.end`), in the shape the API
// returns under `validation_errors` (api-contract.md §2).

export type ResultErrors = Record<string, string[]>;

/** Stop collecting after this many messages: a 100k-item garbage result should not produce 100k lines. */
export const MAX_RESULT_ERRORS = 200;

export class Issues {
  readonly errors: ResultErrors = {};
  private count = 0;

  add(path: string, message: string): void {
    if (this.count >= MAX_RESULT_ERRORS) return;
    this.count += 1;
    const list = this.errors[path];
    if (list) list.push(message);
    else this.errors[path] = [message];
  }

  get full(): boolean {
    return this.count >= MAX_RESULT_ERRORS;
  }
}
