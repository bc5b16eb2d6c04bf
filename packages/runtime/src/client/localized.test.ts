// Texts a definition writes per locale: each user is served their own language through
// runtime.client(actor, { locale }) or their directory locale; studio reads keep every variant.
import type { DirectoryUser } from '../directory/directory.types';
import type { LocalizedDefinition } from '../definition/definition.types';
import { lintDefinition } from '../definition/lint';
import { validateDefinition } from '../definition/validate';
import { setup, USERS } from '../engine/testkit';
import { STORAGES } from '../engine/testkit.storages';
import type { StorageAdapter } from '../storage/storage.types';

const laptop = (key: string): LocalizedDefinition => ({
  schemaVersion: 1,
  key,
  locales: ['en', 'zh-CN'],
  name: { en: 'Laptop request', 'zh-CN': '笔记本申请' },
  description: { en: 'A new or replacement laptop', 'zh-CN': '新笔记本或更换' },
  catalog: [{ en: 'Hardware', 'zh-CN': '硬件' }, 'IT'],
  permissions: { start: [{ role: 'employee' }] },
  form: {
    schema: {
      type: 'object',
      properties: {
        model: {
          type: 'string',
          title: { en: 'Model', 'zh-CN': '型号' },
          description: { en: 'Which laptop', 'zh-CN': '哪一款笔记本' },
          oneOf: [
            { const: 'air', title: { en: 'Light', 'zh-CN': '轻薄' } },
            { const: 'pro', title: { en: 'Powerful', 'zh-CN': '高性能' } },
          ],
        },
        reason: { type: 'string', title: 'Reason', maxLength: 5 },
      },
      required: ['model'],
    },
    ui: {
      layout: [
        {
          type: 'group',
          id: 'g',
          title: { en: 'Device', 'zh-CN': '设备' },
          children: [{ type: 'field', field: 'model' }],
        },
      ],
      fields: {
        reason: {
          label: { en: 'Why', 'zh-CN': '原因' },
          placeholder: { en: 'Tell us', 'zh-CN': '请说明' },
        },
      },
    },
  },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'issue',
      type: 'task',
      name: { en: 'Issue the laptop', 'zh-CN': '发放笔记本' },
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'issue' },
    { id: 'e2', from: 'issue', to: 'end', label: { en: 'Handed over', 'zh-CN': '已交付' } },
  ],
  sla: [
    {
      id: 'std',
      name: { en: 'Standard service', 'zh-CN': '标准服务' },
      targets: { resolution: 'P2D' },
    },
  ],
  triggers: [
    { id: 'hello', name: { en: 'Welcome', 'zh-CN': '欢迎' }, on: ['created'], actions: [] },
  ],
  automations: [
    {
      id: 'nudge',
      name: { en: 'Daily nudge', 'zh-CN': '每日提醒' },
      every: 'P1D',
      select: "$ticket.status = 'pending'",
      actions: [],
    },
  ],
});

const users: DirectoryUser[] = [
  ...USERS.filter((u) => u.id !== 'bob'),
  // The directory's own locale for Bob (a host field the runtime reads when the client has none).
  { id: 'bob', name: 'Bob', roles: ['employee'], locale: 'zh-CN' } as DirectoryUser,
];

for (const { name, open } of STORAGES) {
  describe(`localized definition texts on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());
    const key = `laptop-${name.replace(/\W/g, '')}`;

    it('serves each user their language: catalog, form, steps; the studio keeps every variant', async () => {
      const { runtime } = setup({ storage, seed: { users } });
      await runtime.client('admin').publish(laptop(key));
      const zh = runtime.client('ann', { locale: 'zh-CN' });
      const en = runtime.client('ann', { locale: ['fr', 'en-GB'] });

      const entry = (await zh.catalog()).find((e) => e.key === key);
      expect(entry).toMatchObject({
        name: '笔记本申请',
        description: '新笔记本或更换',
        path: ['硬件', 'IT'],
      });
      expect((await en.catalog()).find((e) => e.key === key)).toMatchObject({
        name: 'Laptop request',
        path: ['Hardware', 'IT'],
      });

      const def = await zh.getDefinition(key);
      expect(def.name).toBe('笔记本申请');
      expect(def.form.schema.properties?.model?.title).toBe('型号');
      expect(def.form.schema.properties?.model?.oneOf).toEqual([
        { const: 'air', title: '轻薄' },
        { const: 'pro', title: '高性能' },
      ]);
      expect(def.form.ui?.fields?.reason).toEqual({ label: '原因', placeholder: '请说明' });
      expect(def.nodes[1]?.name).toBe('发放笔记本');

      const t = await zh.startTicket({ workflow: key, data: { model: 'air' } });
      const view = await zh.viewTicket(t.id);
      expect(view.form.schema.properties?.model?.description).toBe('哪一款笔记本');
      expect(view.form.ui.layout?.[0]).toMatchObject({ title: '设备' });

      const eveZh = runtime.client('eve', { locale: 'zh' });
      const [item] = await eveZh.tasks();
      expect(item).toMatchObject({ nodeName: '发放笔记本' });
      expect(item).not.toHaveProperty('nodeNames');
      expect((await runtime.client('eve').tasks())[0]?.nodeName).toBe('Issue the laptop');
      expect((await eveZh.viewTicket(t.id)).workItems[0]?.nodeName).toBe('发放笔记本');

      // Bob's directory profile says zh-CN; a locale given to the client wins over it.
      expect((await runtime.client('bob').getDefinition(key)).name).toBe('笔记本申请');
      expect((await runtime.client('bob', { locale: 'en' }).getDefinition(key)).name).toBe(
        'Laptop request',
      );

      // The studio edits every variant.
      const [record] = await runtime.client('admin').versions(key);
      expect(record?.definition.name).toEqual({ en: 'Laptop request', 'zh-CN': '笔记本申请' });
      expect((await runtime.getDefinition(key)).nodes[1]?.name).toEqual({
        en: 'Issue the laptop',
        'zh-CN': '发放笔记本',
      });
    });

    it("serves edge labels, SLA, trigger and automation names in the reader's language", async () => {
      const { runtime } = setup({ storage, seed: { users } });
      await runtime.client('admin').publish(laptop(`${key}-n`));
      const names = (d: Awaited<ReturnType<typeof runtime.getDefinition>>) => [
        d.edges[1]?.label,
        d.sla?.[0]?.name,
        d.triggers?.[0]?.name,
        d.automations?.[0]?.name,
      ];
      // Ann reads the outline (she may not publish), the admin all of it: both in their language.
      const zh = runtime.client('ann', { locale: 'zh-CN' });
      expect(names(await zh.getDefinition(`${key}-n`))).toEqual([
        '已交付',
        '标准服务',
        '欢迎',
        '每日提醒',
      ]);
      expect(
        names(await runtime.client('ann', { locale: 'en' }).getDefinition(`${key}-n`)),
      ).toEqual(['Handed over', 'Standard service', 'Welcome', 'Daily nudge']);
      expect(
        names(await runtime.client('admin', { locale: 'zh' }).getDefinition(`${key}-n`)),
      ).toEqual(['已交付', '标准服务', '欢迎', '每日提醒']);

      // The ticket's SLA clock names its policy; the served definition names it in zh-CN.
      const t = await zh.startTicket({ workflow: `${key}-n`, data: { model: 'air' } });
      const [clock] = (await zh.viewTicket(t.id)).ticket.sla ?? [];
      const def = await zh.getDefinition(`${key}-n`);
      expect(def.sla?.find((p) => p.id === clock?.policy)?.name).toBe('标准服务');

      // The studio keeps every variant.
      const [record] = await runtime.client('admin').versions(`${key}-n`);
      expect(record?.definition.sla?.[0]?.name).toEqual({
        en: 'Standard service',
        'zh-CN': '标准服务',
      });
      expect(record?.definition.edges[1]?.label).toEqual({ en: 'Handed over', 'zh-CN': '已交付' });
    });

    it('validates data against a localized form, naming fields in plain text', async () => {
      const { runtime } = setup({ storage, seed: { users } });
      await runtime.client('admin').publish(laptop(`${key}-v`));
      await expect(
        runtime
          .client('ann')
          .startTicket({ workflow: `${key}-v`, data: { model: 'air', reason: 'too long' } }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path: '/data/reason' })],
      });
      await expect(
        runtime.client('ann').startTicket({ workflow: `${key}-v`, data: { model: 'other' } }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
}

describe('localized definitions: schema and lint', () => {
  it('keeps plain strings valid and checks per-locale maps', () => {
    const def = laptop('k');
    expect(validateDefinition(def)).toMatchObject({ ok: true, issues: [] });
    const bad = {
      ...def,
      name: { en: '' },
      description: {},
      catalog: [{ 'not a locale': 'x' }],
      edges: [def.edges[0]!, { ...def.edges[1]!, label: { 'not a locale': 'x' } }],
      sla: [{ ...def.sla![0]!, name: { en: '' } }],
      triggers: [{ ...def.triggers![0]!, name: 7 }],
      automations: [{ ...def.automations![0]!, name: {} }],
    };
    const issues = validateDefinition(bad).issues.map((i) => [i.path, i.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['/name/en', 'SCHEMA_INVALID_LENGTH'],
        ['/description', 'SCHEMA_INVALID_LENGTH'],
        ['/catalog/0/not a locale', 'SCHEMA_UNKNOWN_PROPERTY'],
        ['/edges/1/label/not a locale', 'SCHEMA_UNKNOWN_PROPERTY'],
        ['/sla/0/name/en', 'SCHEMA_INVALID_LENGTH'],
        ['/triggers/0/name', 'SCHEMA_INVALID_TYPE'],
        ['/automations/0/name', 'SCHEMA_INVALID_LENGTH'],
      ]),
    );
    // A plain string is still one name for every language.
    const plain = {
      ...def,
      edges: [def.edges[0]!, { ...def.edges[1]!, label: 'Done' }],
      sla: [{ ...def.sla![0]!, name: 'Standard' }],
    };
    expect(validateDefinition(plain)).toMatchObject({ ok: true, issues: [] });
  });

  it('warns about a text without a variant for a declared locale, with its path', () => {
    const def = laptop('k');
    def.form.schema.properties!.model!.title = { en: 'Model' };
    def.nodes[1]!.name = { 'zh-CN': '发放笔记本' };
    const warnings = lintDefinition(def).filter((i) => i.code === 'TEXT_LOCALE_MISSING');
    expect(warnings).toEqual([
      expect.objectContaining({ path: '/nodes/1/name', nodeId: 'issue', severity: 'warning' }),
      expect.objectContaining({ path: '/form/schema/properties/model/title' }),
    ]);
    expect(warnings[0]!.message).toContain('"en"');
    def.edges[1]!.label = { 'zh-CN': '已交付' };
    def.sla![0]!.name = { en: 'Standard service' };
    def.triggers![0]!.name = { en: 'Welcome', 'zh-CN': ' ' };
    def.automations![0]!.name = { 'zh-CN': '每日提醒' };
    expect(
      lintDefinition(def)
        .filter((i) => i.code === 'TEXT_LOCALE_MISSING' && !/^\/(nodes|form)\//.test(i.path))
        .map((i) => [i.path, i.edgeId, i.params?.locales, i.message]),
    ).toEqual([
      ['/edges/1/label', 'e2', 'en', expect.stringContaining('"label" of edge "e2"')],
      ['/sla/0/name', undefined, 'zh-CN', expect.stringContaining('SLA policy "std"')],
      ['/triggers/0/name', undefined, 'zh-CN', expect.stringContaining('trigger "hello"')],
      ['/automations/0/name', undefined, 'en', expect.stringContaining('automation "nudge"')],
    ]);
    expect(lintDefinition({ ...def, locales: undefined }).map((i) => i.code)).not.toContain(
      'TEXT_LOCALE_MISSING',
    );
    // A node named in one language is named.
    expect(lintDefinition(def).map((i) => i.code)).not.toContain('NODE_NO_NAME');
  });
});
