import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatRelative,
  type DateInput,
  type DurationOptions,
} from './format';
import { checkTimeZone, resolveLocale, systemTimeZone, type SupportedLocale } from './locale';
import type { Issue } from '../errors/errors';
import { errorParams } from '../errors/record';
import { renderFinding, type FindingMessageOptions } from './findings';
import { renderExpressionFailure } from './jsonata';
import { jsonataMessagesZhCN, type JsonataMessageKey } from './jsonata.zh-CN';
import { formatMessage, type MessageValues } from './message';
import { runtimeMessagesEn, type RuntimeMessageKey } from './messages.en';
import { runtimeMessagesZhCN } from './messages.zh-CN';

const RUNTIME_CATALOGS: Record<SupportedLocale, Record<RuntimeMessageKey, string>> = {
  en: runtimeMessagesEn,
  'zh-CN': runtimeMessagesZhCN,
};
// jsonata's English is its own wording, kept on its errors: only other locales need a catalog.
const JSONATA_CATALOGS: Record<SupportedLocale, Partial<Record<string, string>>> = {
  en: {},
  'zh-CN': jsonataMessagesZhCN,
};

/** Options of {@link createI18n}. */
export interface I18nOptions<K extends string = never> {
  /** BCP 47 locale, e.g. `zh-CN`; messages come from the closest shipped catalog. Default `en`. */
  locale?: string;
  /** Messages that win over the shipped catalogs, by key (ICU syntax). */
  messages?: Partial<Record<K | RuntimeMessageKey | JsonataMessageKey, string>>;
  /**
   * A host's own catalogs by locale (`en` is the fallback), for keys beyond the runtime's own:
   * `t` is then typed over them too.
   */
  catalogs?: Partial<Record<SupportedLocale, Partial<Record<K, string>>>> & {
    en?: Record<K, string>;
  };
  /** The desk's IANA time zone; every date is shown in it. Default: the host's own. */
  timeZone?: string;
}

/** The translation layer: messages, dates, numbers and durations for one locale and time zone. */
export interface I18n<K extends string = never> {
  /** The requested locale (used for dates and numbers). */
  readonly locale: string;
  /** The shipped catalog used for messages. */
  readonly catalogLocale: SupportedLocale;
  readonly timeZone: string;
  /** One message, ICU-formatted; a key no catalog has comes back as the key itself. */
  t(key: K | RuntimeMessageKey, values?: MessageValues): string;
  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** Milliseconds as words: `2 days, 3 hr` / `2天3小时`. */
  formatDuration(ms: number, options?: DurationOptions): string;
  formatRelative(value: DateInput, now?: DateInput): string;
  /**
   * A message for any thrown value, by `code` for Deskkit errors, generic otherwise; also for a
   * stored `errorRecord` (a schedule's or a report subscription's `lastError`), by its code and params.
   */
  errorMessage(error: unknown): string;
  /**
   * A definition finding (`validateDefinition`, `lintDefinition`, a refused publish) in this
   * locale, by its code and params; a code no catalog knows keeps its English `message`.
   */
  findingMessage(issue: Issue, options?: FindingMessageOptions): string;
  /**
   * Why an expression does not parse or evaluate, in this locale, by jsonata's error code: takes a
   * failed `parseExpression` result, an `ExpressionError` or jsonata's own error. A code no
   * catalog knows keeps jsonata's English text.
   */
  expressionMessage(failure: unknown): string;
}

/**
 * Creates the translation layer for a locale and a desk-wide time zone. Every package of the kit
 * formats through one of these, so a ticket shows one creation time everywhere.
 *
 * @example
 * ```ts
 * const i18n = createI18n({ locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
 * i18n.formatDateTime('2026-12-07T01:30:00Z'); // '2026年12月7日 09:30'
 * i18n.errorMessage(new ConflictError('stale', {})); // '此工单已被他人修改。…'
 * ```
 */
export function createI18n<K extends string = never>(options: I18nOptions<K> = {}): I18n<K> {
  const locale = options.locale ?? 'en';
  const catalogLocale = resolveLocale(locale);
  // A zone the host names is checked now (a misspelt setting fails at start-up). The system's own
  // zone is looked up on first use: asking Intl for it costs ~20 ms on a cold page, which every
  // form and designer would otherwise pay before its first frame, dates shown or not.
  let zone = options.timeZone === undefined ? undefined : checkTimeZone(options.timeZone);
  const timeZone = (): string => (zone ??= systemTimeZone());
  const overrides = (options.messages ?? {}) as Record<string, string | undefined>;
  const own = (options.catalogs?.[catalogLocale] ?? {}) as Record<string, string | undefined>;
  const ownEn = (options.catalogs?.en ?? {}) as Record<string, string | undefined>;
  const runtime = RUNTIME_CATALOGS[catalogLocale] as Record<string, string | undefined>;
  const runtimeEn = runtimeMessagesEn as Record<string, string | undefined>;
  const jsonata = JSONATA_CATALOGS[catalogLocale];

  const template = (key: string): string | undefined =>
    overrides[key] ?? own[key] ?? runtime[key] ?? jsonata[key] ?? ownEn[key] ?? runtimeEn[key];
  const t = (key: string, values?: MessageValues): string => {
    const found = template(key);
    return found === undefined ? key : formatMessage(locale, found, values);
  };

  const expressionMessage = (failure: unknown): string =>
    renderExpressionFailure(t, template, failure);

  return {
    locale,
    catalogLocale,
    get timeZone() {
      return timeZone();
    },
    t,
    formatDate: (value, opts) => formatDate(locale, timeZone(), value, opts),
    formatDateTime: (value, opts) => formatDateTime(locale, timeZone(), value, opts),
    formatNumber: (value, opts) => formatNumber(locale, value, opts),
    formatDuration: (ms, opts) => formatDuration(locale, ms, opts),
    formatRelative: (value, now) => formatRelative(locale, value, now),
    errorMessage(error) {
      if (
        error &&
        typeof error === 'object' &&
        typeof (error as { code?: unknown }).code === 'string'
      ) {
        const code = (error as { code: string }).code;
        const cause = (error as { cause?: { code?: unknown } }).cause;
        // A jsonata error users meet says what is wrong; any other keeps the general sentence.
        if (code === 'EXPRESSION_FAILED' && `jsonata.${String(cause?.code)}` in jsonataMessagesZhCN)
          return t('error.expressionDetail', { detail: expressionMessage(error) });
        if (`error.${code}` in runtimeEn) return t(`error.${code}`, errorParams(error));
      }
      const message = error instanceof Error ? error.message : String(error);
      return t('error.unknown', { message });
    },
    findingMessage: (issue, opts) => renderFinding(t, locale, template, issue, opts),
    expressionMessage,
  };
}
