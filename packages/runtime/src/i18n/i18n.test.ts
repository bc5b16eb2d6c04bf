import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ConflictError, PermissionError, RateLimitedError } from '../errors/errors';
import {
  checkCatalogs,
  createI18n,
  formatMessage,
  resolveLocale,
  variantIn,
  variantKeyIn,
} from './index';
import { runtimeMessagesEn } from './messages.en';
import { runtimeMessagesZhCN } from './messages.zh-CN';

describe('createI18n', () => {
  it('formats ICU plurals and selects in the locale', () => {
    const template =
      '{count, plural, one {# ticket} other {# tickets}} {kind, select, mine {for you} other {open}}';
    expect(formatMessage('en', template, { count: 1, kind: 'mine' })).toBe('1 ticket for you');
    expect(formatMessage('en', template, { count: 1200, kind: 'x' })).toBe('1,200 tickets open');
  });

  it('keeps a host message that is not valid ICU readable instead of throwing', () => {
    // Simple string arguments are printed as ICU prints them, without compiling the message.
    for (const [template, values] of [
      ['{type}: {name}', { type: 'Task', name: 'Review' }],
      ['{a}{b} and {a}', { a: 'x', b: '' }],
      ['“{name}” (中文) {n}', { name: "O'Brien {x}", n: 'ok' }],
      ['{name} has {count}', { name: 'Ann', count: 1200 }],
      ['{name} and {missing}', { name: 'Ann' }],
      ['{constructor}', { name: 'Ann' }],
    ] as const) {
      const icu = new IntlMessageFormat(template, 'en', undefined, { ignoreTag: true });
      let expected: string;
      try {
        expected = String(icu.format(values));
      } catch {
        expected = template.replace(/\{(\w+)\}/g, (w, k: string) =>
          k in values ? String((values as Record<string, unknown>)[k]) : w,
        );
      }
      expect(formatMessage('en', template, values)).toBe(expected);
    }
    expect(formatMessage('en', 'Hello {name', { name: 'Ann' })).toBe('Hello {name');
    expect(formatMessage('en', 'a < b {name}', { name: 'Ann' })).toBe('a < b Ann');
  });

  it('shows one instant in the desk time zone, whatever the locale', () => {
    const at = '2026-12-07T01:30:00Z';
    const en = createI18n({ locale: 'en', timeZone: 'Asia/Shanghai' });
    const zh = createI18n({ locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect(en.formatDateTime(at)).toMatch(/Dec 7, 2026.*9:30\sAM/);
    expect(zh.formatDateTime(at)).toMatch(/2026年12月7日.*09:30/);
    const paris = createI18n({ locale: 'en', timeZone: 'Europe/Paris' });
    expect(paris.formatDateTime(at)).toMatch(/2:30\sAM/);
  });

  it('refuses an unknown time zone with a message naming it', () => {
    expect(() => createI18n({ timeZone: 'Mars/Olympus' })).toThrow(/Mars\/Olympus/);
  });

  it('writes numbers, durations and relative times in the locale', () => {
    const zh = createI18n({ locale: 'zh-CN', timeZone: 'UTC' });
    const en = createI18n({ locale: 'en', timeZone: 'UTC' });
    expect(en.formatNumber(1234.5)).toBe('1,234.5');
    expect(en.formatDuration(2 * 86_400_000 + 3 * 3_600_000, { style: 'long' })).toBe(
      '2 days, 3 hours',
    );
    expect(zh.formatDuration(2 * 86_400_000 + 3 * 3_600_000, { style: 'long' })).toBe('2天3小时');
    expect(en.formatDuration(90_000, { style: 'narrow' })).toBe('1m 30s');
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(en.formatRelative(now - 3 * 3_600_000, now)).toBe('3 hours ago');
    expect(zh.formatRelative(now + 2 * 86_400_000, now)).toBe('后天');
  });

  it('gives a localized message for every runtime error code', () => {
    const zh = createI18n({ locale: 'zh-CN' });
    const en = createI18n({ locale: 'en' });
    expect(zh.errorMessage(new ConflictError('stale', {}))).toBe(
      '此工单已被他人修改。请刷新查看最新版本后重试。',
    );
    expect(en.errorMessage(new PermissionError('no', ['risk']))).toBe(
      'You are not allowed to change risk.',
    );
    expect(zh.errorMessage(new PermissionError('no', ['risk', 'cost']))).toBe(
      '您无权修改以下字段：risk, cost。',
    );
    expect(en.errorMessage(new RateLimitedError('slow down', 1500))).toBe(
      'Too many requests. Try again in 2 seconds.',
    );
    // A problem+json body parsed by a client carries the code too.
    expect(zh.errorMessage({ code: 'NOT_FOUND' })).toBe('该内容不存在，或您无权查看。');
    expect(en.errorMessage(new Error('boom'))).toBe('Something went wrong: boom');
  });

  it('lets a host add its own typed catalogs and override any message', () => {
    const i18n = createI18n<'hello'>({
      locale: 'zh-CN',
      catalogs: { en: { hello: 'Hello {name}' }, 'zh-CN': { hello: '你好，{name}' } },
      messages: { 'error.CONFLICT': '冲突' },
    });
    expect(i18n.t('hello', { name: '王芳' })).toBe('你好，王芳');
    expect(i18n.errorMessage(new ConflictError('x', {}))).toBe('冲突');
    expect(
      createI18n<'hello'>({ locale: 'en', catalogs: { en: { hello: 'Hi' } } }).t('hello'),
    ).toBe('Hi');
  });

  it('maps any Chinese locale to the zh-CN catalog and everything else to en', () => {
    expect(resolveLocale('zh')).toBe('zh-CN');
    expect(resolveLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(resolveLocale('fr-FR')).toBe('en');
  });

  it('has the same keys in every catalog', () => {
    expect(Object.keys(runtimeMessagesZhCN).sort()).toEqual(Object.keys(runtimeMessagesEn).sort());
  });
});

describe('checkCatalogs', () => {
  it('names missing keys, broken ICU and dropped arguments', () => {
    expect(
      checkCatalogs({
        en: { a: 'Hi {name}', b: 'B', c: '{n, plural, one {#} other {#}}' },
        'zh-CN': { a: '你好', c: '{n, plural, other {# 个' },
      }),
    ).toEqual([
      'zh-CN "a" uses {}, another catalog {name}',
      'zh-CN lacks "b"',
      expect.stringMatching(/^zh-CN "c" is not valid ICU/),
    ]);
  });

  it('finds the runtime catalogs in agreement', () => {
    expect(checkCatalogs({ en: runtimeMessagesEn, 'zh-CN': runtimeMessagesZhCN })).toEqual([]);
  });
});

describe('variantIn / variantKeyIn (the one language matching of the kit)', () => {
  const map = { en: 'Laptop', 'zh-CN': '笔记本' };
  it('finds the same tag in any case, else the same language', () => {
    expect(variantKeyIn(map, ['zh-cn'])).toBe('zh-CN');
    expect(variantKeyIn(map, ['zh'])).toBe('zh-CN');
    expect(variantKeyIn(map, ['zh-TW'])).toBe('zh-CN');
    expect(variantKeyIn(map, ['en-US'])).toBe('en');
    expect(variantKeyIn(map, ['fr'])).toBeUndefined();
  });
  it('takes the first tag a map has', () => {
    expect(variantIn(map, ['fr', 'zh', 'en'])).toBe('笔记本');
    expect(variantIn(map, ['fr'])).toBeUndefined();
    expect(variantKeyIn({ 'en-GB': 'Colour', en: 'Color' }, ['en'])).toBe('en');
  });
});
