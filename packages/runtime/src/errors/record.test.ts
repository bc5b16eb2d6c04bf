import { createI18n } from '../i18n/createI18n';
import { PermissionError, RateLimitedError, ValidationError } from './errors';
import { errorRecord } from './record';

const issue = (path: string) =>
  ({ path, code: 'REQUIRED', severity: 'error', message: `${path} is required` }) as const;

describe('errorRecord', () => {
  it("keeps a failure as its code and values, shown later in the reader's language", () => {
    const stored = JSON.parse(
      JSON.stringify(errorRecord(new ValidationError('2 fields', [issue('/a'), issue('/b')]))),
    ) as ReturnType<typeof errorRecord>;
    expect(stored).toMatchObject({ code: 'VALIDATION_FAILED', params: { count: 2 } });
    expect(createI18n({ locale: 'zh-CN' }).errorMessage(stored)).toBe(
      '有 2 个字段需要处理后才能保存。',
    );
    expect(createI18n().errorMessage(stored)).toBe(
      '2 fields need attention before this can be saved.',
    );
  });

  it('keeps the wait of a rate limit and the fields of a refusal', () => {
    expect(errorRecord(new RateLimitedError('slow down', 2_500)).params).toMatchObject({
      seconds: 3,
    });
    const refused = errorRecord(Object.assign(new PermissionError('no'), { fields: ['risk'] }));
    expect(createI18n().errorMessage(refused)).toBe('You are not allowed to change risk.');
  });

  it('names anything else INTERNAL, its English text kept for the logs', () => {
    const record = errorRecord(new Error('socket hang up'));
    expect(record).toMatchObject({ code: 'INTERNAL', message: 'socket hang up' });
    expect(createI18n({ locale: 'zh-CN' }).errorMessage(record)).toBe(
      '出现了问题。请重试；如果问题持续出现，请联系管理员。',
    );
  });
});
