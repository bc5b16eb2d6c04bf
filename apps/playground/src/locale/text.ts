import type { LocalizedText } from '@deskkit/runtime';
import { textPicker } from '@deskkit/runtime/i18n';
import { getLocale } from './locale';

/**
 * A definition text as written (plain, or one per locale) in the desk's language, else the
 * definition's default: for the admin pages and the studio, which read definitions as written.
 */
export function shownText(
  text: LocalizedText | undefined,
  def?: { locales?: string[] | undefined },
): string {
  return text === undefined ? '' : textPicker([getLocale()], def?.locales)(text);
}
