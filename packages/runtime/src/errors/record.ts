import { DeskkitError, type IssueParams } from './errors';

/**
 * A failure kept for later (a schedule's or a report subscription's last error): its error code
 * and the values of its message, so a screen shows it in the reader's language with
 * `i18n.errorMessage(record)`. `message` is the same failure in English, for logs and developers.
 */
export interface ErrorRecord {
  /** `DeskkitError.code`; `INTERNAL` for anything else. Absent in records of an older runtime. */
  code?: string;
  message: string;
  /** The values of the code's message (`count`, `fields`, `seconds`). */
  params?: IssueParams;
}

/** The values of an error's message in `error.<code>`: how many fields or issues, the wait. */
export function errorParams(error: unknown): IssueParams {
  const e = (error && typeof error === 'object' ? error : {}) as Record<string, unknown>;
  const issues = Array.isArray(e.issues) ? e.issues.length : 0;
  const fields = Array.isArray(e.fields) ? (e.fields as unknown[]).map(String) : [];
  const retry = typeof e.retryAfterMs === 'number' ? Math.ceil(e.retryAfterMs / 1000) : 0;
  const own = e.params && typeof e.params === 'object' ? (e.params as IssueParams) : {};
  return { count: fields.length || issues, fields: fields.join(', '), seconds: retry, ...own };
}

/**
 * A thrown value as a record to store and show later in any language: the code of a Deskkit
 * error (else `INTERNAL`), the values of its message, and its English text.
 *
 * @example
 * ```ts
 * const last = errorRecord(new PermissionError('bob may not start "laptop"'));
 * // { code: 'PERMISSION_DENIED', message: 'bob may not start "laptop"', params: { count: 0, … } }
 * createI18n({ locale: 'zh-CN' }).errorMessage(last); // '您无权执行此操作。'
 * ```
 */
export function errorRecord(error: unknown): Required<ErrorRecord> {
  return {
    code: error instanceof DeskkitError ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
    params: errorParams(error),
  };
}
