/**
 * Errors that cross the store boundary. They carry i18n keys, never text, so
 * the UI can explain a refusal in the user's language.
 */
/** What an error's message is filled with: a list (names) is joined the way the UI's language lists things. */
export type ErrorParams = Record<string, string | number | readonly string[]>;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `phone`. */
  field: string;
  /** i18n key under `errors.`, e.g. `validation.required`. */
  code: string;
  params?: ErrorParams;
}

export interface DeskErrorData {
  /** i18n key under `errors.` for the whole refusal, e.g. `validation.failed`. */
  code: string;
  params?: ErrorParams;
  fields?: FieldError[];
}

export class DeskError extends Error {
  readonly data: DeskErrorData;
  constructor(data: DeskErrorData) {
    super(data.code);
    this.name = 'DeskError';
    this.data = data;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DeskErrorData };

export function isDeskErrorData(value: unknown): value is DeskErrorData {
  return typeof value === 'object' && value !== null && typeof (value as DeskErrorData).code === 'string';
}
