import { RE2JS } from 're2js';

/**
 * A `RegExp`-like matcher on RE2JS for jsonata's `RegexEngine` option: jsonata sets `lastIndex`,
 * calls `exec` and reads `lastIndex` back, as with a global `RegExp`.
 */
export class Re2Regex {
  lastIndex = 0;
  readonly #re: RE2JS;

  constructor(source: RegExp) {
    const flags =
      (source.flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) |
      (source.flags.includes('m') ? RE2JS.MULTILINE : 0);
    try {
      this.#re = RE2JS.compile(RE2JS.translateRegExp(source.source), flags);
    } catch (err) {
      throw new Error(
        `the regular expression /${source.source}/ uses a feature that cannot match in linear time (lookaround or backreference): ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
  }

  exec(input: string): RegExpExecArray | null {
    const m = this.#re.matcher(input);
    if (this.lastIndex > input.length || !m.find(this.lastIndex)) return null;
    const groups: (string | undefined)[] = [];
    for (let i = 0; i <= m.groupCount(); i++) groups.push(m.group(i) ?? undefined);
    const match = Object.assign(groups, { index: m.start(), input }) as unknown as RegExpExecArray;
    this.lastIndex = m.end();
    return match;
  }
}

const NativeRegExp = RegExp;

/** Why RE2 cannot run a JSON Schema `pattern` (lookaround, backreferences), or undefined. */
export function linearProblem(source: string): string | undefined {
  try {
    RE2JS.compile(RE2JS.translateRegExp(source));
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Stands in for `RegExp` while a JSON Schema validator matches (`@cfworker/json-schema` builds
 * `pattern` and `patternProperties` with `new RegExp(source, 'u')` and calls `test`; ajv takes it
 * as `code.regExp`): the match runs on RE2JS. A pattern RE2 cannot run (lookaround,
 * backreferences), which `publish` refuses in forms, matches on `RegExp`.
 */
export class LinearRegExp {
  readonly #re: { test(input: string): boolean };

  constructor(source: string, flags = '') {
    try {
      this.#re = RE2JS.compile(
        RE2JS.translateRegExp(source),
        flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0,
      );
    } catch {
      this.#re = new NativeRegExp(source, flags);
    }
  }

  test(input: string): boolean {
    return this.#re.test(input);
  }
}
