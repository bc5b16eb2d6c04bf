import type { LocalizedText } from '@deskkit/runtime';
import { variantKeyIn } from '@deskkit/runtime/i18n';

/** The key of `map` that holds `locale` (the runtime's language matching), else `locale` itself. */
const variantKey = (map: Record<string, string>, locale: string): string =>
  variantKeyIn(map, [locale]) ?? locale;

/**
 * The variant of `value` for `locale` ('' when it has none). A plain string is the text of the
 * default locale (`locales[0]`), or of every locale when none is declared.
 */
export function variantOf(
  value: LocalizedText | undefined,
  locale: string,
  locales: readonly string[],
): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    // A plain string is the default locale's: shown for that language only.
    return locales.length === 0 || variantKeyIn({ [locales[0]!]: value }, [locale]) !== undefined
      ? value
      : '';
  }
  const key = variantKey(value, locale);
  return value[key] ?? '';
}

/**
 * `value` with the variant for `locale` set to `text`. One declared locale (or none, on a plain
 * string) writes a string; otherwise a map of the declared locales (empty variants dropped, a
 * plain string kept as the default locale's). `undefined` when nothing is left.
 */
export function withVariant(
  value: LocalizedText | undefined,
  locale: string,
  text: string,
  locales: readonly string[],
): LocalizedText | undefined {
  if (locales.length === 1 || (locales.length === 0 && typeof value !== 'object')) {
    return text === '' ? undefined : text;
  }
  const map: Record<string, string> =
    typeof value === 'object' ? { ...value } : value ? { [locales[0] ?? locale]: value } : {};
  map[variantKey(map, locale)] = text;
  for (const k of Object.keys(map)) if (map[k] === '') delete map[k];
  return Object.keys(map).length === 0 ? undefined : map;
}
