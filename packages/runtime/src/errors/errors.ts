/** Where in a document a problem is: a JSON pointer (`/nodes/2/assign`). */
export interface IssueLocation {
  path: string;
}

/** A problem found in a definition or in submitted data. */
export interface Issue extends IssueLocation {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** The node or edge the issue is about, for designers to select it. */
  nodeId?: string;
  edgeId?: string;
  /**
   * What a definition finding is about (field, step, ids, counts), by name: the values of its
   * message `finding.<code>` in `@deskkit/runtime/i18n`, which shows it in the reader's language
   * (`i18n.findingMessage(issue)`). `message` is the same finding in English.
   */
  params?: IssueParams;
}

/** The values of a finding's message: `{ field: 'risk', node: 'review', count: 2 }`. */
export type IssueParams = Record<string, string | number>;

export type DeskkitErrorCode =
  | 'DEFINITION_INVALID'
  | 'VALIDATION_FAILED'
  | 'PERMISSION_DENIED'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'ACTION_NOT_ALLOWED'
  | 'EXPRESSION_FAILED'
  | 'STORAGE_FAILED'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL';

/** Base of every error the runtime throws on purpose: branch on `code` or on the class. */
export class DeskkitError extends Error {
  readonly code: DeskkitErrorCode;
  constructor(code: DeskkitErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A workflow definition that does not validate; `issues` lists every problem with its path. */
export class DefinitionError extends DeskkitError {
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[]) {
    super('DEFINITION_INVALID', message);
    this.issues = issues;
  }
}

/** Ticket data that fails the form's schema or leaves a required field empty. */
export class ValidationError extends DeskkitError {
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[]) {
    super('VALIDATION_FAILED', message);
    this.issues = issues;
  }
}

/** The actor may not do this: start a workflow, take an action, or write the named fields. */
export class PermissionError extends DeskkitError {
  readonly fields: string[];
  constructor(message: string, fields: string[] = []) {
    super('PERMISSION_DENIED', message);
    this.fields = fields;
  }
}

/** The action exists but is not allowed at this step or in this state. */
export class ActionNotAllowedError extends DeskkitError {
  constructor(message: string) {
    super('ACTION_NOT_ALLOWED', message);
  }
}

/** A stale `expectedVersion` or a lost race: reload the ticket and try again. */
export class ConflictError extends DeskkitError {
  readonly expectedVersion?: number | null;
  readonly actualVersion?: number | null;
  constructor(
    message: string,
    detail: { expectedVersion?: number | null; actualVersion?: number | null } = {},
  ) {
    super('CONFLICT', message);
    this.expectedVersion = detail.expectedVersion;
    this.actualVersion = detail.actualVersion;
  }
}

export class NotFoundError extends DeskkitError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** A jsonata expression that does not parse, throws, runs too long or recurses too deep. */
export class ExpressionError extends DeskkitError {
  readonly expression: string;
  readonly position?: number;
  constructor(
    message: string,
    expression: string,
    position?: number,
    options?: { cause?: unknown },
  ) {
    super('EXPRESSION_FAILED', message, options);
    this.expression = expression;
    this.position = position;
  }
}

/** Too many commands in a short time: wait `retryAfterMs` and try again. */
export class RateLimitedError extends DeskkitError {
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number) {
    super('RATE_LIMITED', message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The request carries no credentials the server accepts (HTTP 401): sign in again. */
export class AuthenticationError extends DeskkitError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/**
 * An HTTP request the server cannot read: malformed JSON or a body of the wrong shape
 * (`BAD_REQUEST`, with `issues` naming each path), a body over the size limit
 * (`PAYLOAD_TOO_LARGE`) or one that is not JSON (`UNSUPPORTED_MEDIA_TYPE`).
 */
export class RequestError extends DeskkitError {
  readonly issues: Issue[];
  constructor(
    code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE',
    message: string,
    issues: Issue[] = [],
  ) {
    super(code, message);
    this.issues = issues;
  }
}
