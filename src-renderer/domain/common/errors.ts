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

/**
 * The one message a store host that could not start sends on a connection it was given, instead of
 * answering on it (then it closes the port): without it the window waits for an answer for ever.
 */
export const STORE_FAILED = 'complaint-desk:store-failed';
export interface StoreFailedMessage {
  type: typeof STORE_FAILED;
  error: DeskErrorData;
}

export function isStoreFailedMessage(value: unknown): value is StoreFailedMessage {
  return typeof value === 'object' && value !== null && (value as StoreFailedMessage).type === STORE_FAILED && isDeskErrorData((value as StoreFailedMessage).error);
}
