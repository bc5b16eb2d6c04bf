import { freshDesk } from '../desk/testing';
import { setLocale } from '../locale/locale';
import { memoryNotifyAdmin } from './memoryNotifyAdmin';

describe('memoryNotifyAdmin test mail', () => {
  afterEach(() => setLocale('en'));

  it('is written in the desk language and dated in the desk time zone', async () => {
    const port = memoryNotifyAdmin(await freshDesk());
    setLocale('zh-CN');
    expect(await port.testSmtp('ops@example.com')).toEqual({ ok: true });
    const [mail] = (await port.mails()).mails;
    expect(mail?.subject).toBe('Deskkit 测试邮件');
    expect(mail?.text).toContain('此测试邮件由服务台于 2026年11月23日 10:00（Europe/Paris）发送。');
    expect(mail?.text).toContain('电子邮件通知工作正常。');
    expect(mail?.text).not.toMatch(/test mail|notifications work/i);

    setLocale('en');
    await port.testSmtp('ops@example.com');
    expect((await port.mails()).mails[0]?.subject).toBe('Deskkit test mail');
  });
});
