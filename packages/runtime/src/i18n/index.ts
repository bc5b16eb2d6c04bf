/**
 * `@deskkit/runtime/i18n`: the kit's one translation layer, without React. ICU messages on
 * intl-messageformat (formatjs), dates, numbers and durations on Intl, one desk-wide time zone,
 * and a message for every runtime error code in each shipped locale.
 */
export { createI18n } from './createI18n';
export type { I18n, I18nOptions } from './createI18n';
export { formatMessage } from './message';
export type { MessageValues } from './message';
export { formatDate, formatDateTime, formatDuration, formatNumber, formatRelative } from './format';
export type { DateInput, DurationOptions } from './format';
export { SUPPORTED_LOCALES, resolveLocale, systemTimeZone, checkTimeZone } from './locale';
// Date and time inputs in the desk's zone (off the main entry, which has a size budget).
export { instantToZonedDateTime, zonedDateTimeToInstant } from '../time/zoned';
export type { SupportedLocale } from './locale';
export { runtimeMessagesEn } from './messages.en';
export type { RuntimeMessageKey, RuntimeMessages } from './messages.en';
export { runtimeMessagesZhCN } from './messages.zh-CN';
export { jsonataMessagesZhCN } from './jsonata.zh-CN';
export type { JsonataMessageKey } from './jsonata.zh-CN';
export type { FindingMessageOptions } from './findings';
export { checkCatalogs } from './checkCatalogs';
export {
  defaultText,
  definitionTexts,
  localizeDefinition,
  localizeForm,
  localizeSchema,
  textPicker,
  variantIn,
  variantKeyIn,
} from '../definition/localize';
export type { TextPicker, TextVisitor } from '../definition/localize';
