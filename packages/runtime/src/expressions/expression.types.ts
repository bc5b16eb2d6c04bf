/**
 * What a jsonata expression sees when the runtime or the form renderer evaluates it.
 *
 * - The ticket's data is the root (`priority = 'high'` reads `data.priority`; `$$` is the data too).
 * - `$ticket` is the ticket (id, number, status, requester, ...) when there is one.
 * - `$actor` is the acting user (id, roles, groups, ...) when there is one.
 * - `$now()` and `$millis()` return the runtime clock's time instead of the machine's, so tests and
 *   replays are deterministic; `$now(picture, timezone)` formats it like jsonata's own `$now`.
 * - `bindings` add further `$name` variables (host functions included).
 */
export interface ExpressionContext {
  /** The root of the expression: the ticket's (or form's) data. */
  data?: Record<string, unknown>;
  /** Bound as `$ticket`. */
  ticket?: unknown;
  /** Bound as `$actor`. */
  actor?: unknown;
  /** The time `$now()` and `$millis()` return; the machine's clock when absent. */
  now?: Date | string | number;
  /** Extra variables, each bound as `$name`. */
  bindings?: Record<string, unknown>;
}

/** Guards against expressions that run too long or recurse too deep. */
export interface ExpressionLimits {
  /** Maximum evaluation time in milliseconds (default 100). */
  timeoutMs?: number;
  /** Maximum depth of nested evaluation, e.g. recursive functions (default 500). */
  maxDepth?: number;
  /** Maximum length of a sequence an expression may build (default 100,000). */
  maxSequence?: number;
  /**
   * Maximum length of a text one step may build, in UTF-16 code units (default 1,000,000): `$pad`,
   * `$join` and `$string` check it before they run, every other step's result after.
   */
  maxString?: number;
}

/** The result of parsing an expression, for editors that show inline errors. */
export type ParseResult =
  | { ok: true }
  | {
      ok: false;
      /** A sentence describing the problem. */
      error: string;
      /**
       * jsonata's error code, e.g. `S0203` (`DK_EMPTY` for an empty expression); `i18n.expressionMessage`
       * turns it into a sentence in the reader's language.
       */
      code: string;
      /** Character offset (0-based) where the parser stopped. */
      position: number;
      /** 1-based line and column of `position`. */
      line: number;
      column: number;
      /** The token the parser stopped at, when known. */
      token?: string;
      /** What the parser expected or found there, as JSON (`")"`), when jsonata says. */
      value?: string;
    };

/** One reference to a data field inside an expression. */
export interface FieldReference {
  /** Top-level field name (`customer` in `customer.name`). */
  field: string;
  /** Dotted path as written from the root (`customer.name`). */
  path: string;
  /** Offsets of the field name's token in the source, `end` exclusive (quotes included). */
  start: number;
  end: number;
}
