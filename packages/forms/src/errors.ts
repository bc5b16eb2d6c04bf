/** Codes of {@link FormsError}. */
export type FormsErrorCode =
  | 'FORM_MISSING'
  | 'FORM_INVALID'
  | 'JSON_INVALID'
  | 'FIELD_KEY_INVALID'
  | 'FIELD_KEY_TAKEN'
  | 'FIELD_NOT_FOUND';

/** An error of @deskkit/forms: branch on `code`; the message says what to fix and where. */
export class FormsError extends Error {
  readonly code: FormsErrorCode;
  constructor(code: FormsErrorCode, message: string) {
    super(message);
    this.name = 'FormsError';
    this.code = code;
  }
}
