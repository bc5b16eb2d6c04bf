import { IntlMessageFormat } from 'intl-messageformat';

/** Values a message interpolates: `{name}`, `{count, plural, …}`, `{kind, select, …}`. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

const compiled = new Map<string, IntlMessageFormat | null>();
/** A template needing ICU: an argument, or an apostrophe (ICU quoting: `''` is one `'`). */
const NEEDS_ICU = /[{}']/;

function compile(locale: string, template: string): IntlMessageFormat | null {
  const cacheKey = `${locale}\u0000${template}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    try {
      // ignoreTag: messages are plain text; a '<' in one is a character, not rich-text markup.
      format = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
    } catch {
      // A host override that is not valid ICU must not break the screen: it is shown with
      // plain `{name}` substitution instead.
      format = null;
    }
    compiled.set(cacheKey, format);
  }
  return format;
}

/** A template whose only ICU syntax is simple `{name}` arguments (no apostrophe, no `{a, plural…}`). */
const SIMPLE_ARGS = /^[^{}']*(?:\{\w+\}[^{}']*)*$/;

function substitute(template: string, values?: MessageValues): string;
function substitute(template: string, values: MessageValues, stringsOnly: true): string | null;
function substitute(template: string, values?: MessageValues, stringsOnly?: boolean) {
  if (!values) return template;
  let other = false;
  const out = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (stringsOnly && typeof value !== 'string') other = true;
    return value != null ? String(value) : whole;
  });
  return other ? null : out;
}

/**
 * Formats one ICU message (plural, select, number and date arguments) for a locale. Compiled
 * messages are cached, so calling it on every render is cheap.
 *
 * @example
 * ```ts
 * formatMessage('en', '{count, plural, one {# ticket} other {# tickets}}', { count: 2 }); // '2 tickets'
 * ```
 */
export function formatMessage(locale: string, template: string, values?: MessageValues): string {
  // Plain text (no argument, no ICU quoting) is its own result: compiling it would cost the first
  // Intl locale look-up (~40 ms on a cold page) for a label that needs none.
  if (!NEEDS_ICU.test(template)) return template;
  // Only `{name}` arguments given strings: ICU would print them as they are, so the result is the
  // same without compiling (the node labels of a 1,000-step canvas, inside its opening frames).
  if (SIMPLE_ARGS.test(template) && values) {
    const direct = substitute(template, values, true);
    if (direct !== null) return direct;
  }
  const format = compile(locale, template);
  if (!format) return substitute(template, values);
  try {
    const out = format.format(values as Record<string, string | number | boolean | Date>);
    return typeof out === 'string' ? out : String(out);
  } catch {
    // A value missing for an argument: keep the placeholder visible rather than throw.
    return substitute(template, values);
  }
}
