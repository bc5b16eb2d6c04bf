// Bypasses found when the runtime was attacked from outside, closed; on every storage.
import type { FormRule, WorkflowDefinition } from '../definition/definition.types';
import { lintDefinition } from '../definition/lint';
import { DefinitionError, PermissionError, ValidationError } from '../errors/errors';
import { key, onEveryStorage } from './hardening.testkit';
import { FORM, approval, chain, setup, task } from './testkit';

const withRules = (k: string, rules: FormRule[], fields: Record<string, 'edit' | 'read'>) =>
  chain(k, [task('triage', { strategy: 'fixed', to: [{ user: 'eve' }] }, { fields })], {
    form: {
      ...FORM,
      rules,
      templates: [{ id: 'frozen', name: 'Frozen', values: { owner: 'locked' } }],
    },
  });

onEveryStorage(({ storage }) => {
  const env = () => setup({ storage: storage() });

  describe('writes to fields that are not writable', () => {
    it('are refused whatever the value: equal, different or undefined, hidden or read-only', async () => {
      const { runtime } = env();
      const k = key('w');
      await runtime.publish(
        chain(k, [
          task(
            'triage',
            { strategy: 'fixed', to: [{ user: 'eve' }] },
            { fields: { internal: 'hidden', notes: 'edit' } },
          ),
        ]),
        { actor: 'admin' },
      );
      const t = await runtime.startTicket({
        workflow: k,
        actor: 'ann',
        data: { summary: 'printer', internal: 'secret' },
      });
      const refusals = [];
      for (const data of [
        { summary: 'printer' },
        { summary: 'other' },
        { summary: undefined },
        { internal: 'secret' },
        { internal: 'guess' },
        { internal: undefined },
        { unknownField: 1 },
      ]) {
        const err = await runtime
          .act({ ticket: t.id, action: 'update', actor: 'eve', data })
          .catch((e) => e);
        expect(err).toBeInstanceOf(PermissionError);
        refusals.push(err.message);
      }
      // A right guess and a wrong one are refused with the same words.
      expect(refusals[3]).toBe(refusals[4]);
      expect(refusals[4]).toBe(refusals[5]);
      expect(refusals.join(' ')).not.toMatch(/secret|guess/);
      expect((await runtime.getTicket(t.id)).version).toBe(t.version);
    });

    it('are judged on the stored data too: a write cannot unlock itself', async () => {
      const { runtime } = env();
      const k = key('lock');
      await runtime.publish(
        withRules(
          k,
          [
            { field: 'amount', readonly: "owner = 'locked'" },
            { field: 'owner', readonly: "owner = 'locked'" },
            { field: 'notes', visible: "category = 'hardware'" },
          ],
          { amount: 'edit', owner: 'edit', notes: 'edit', category: 'edit' },
        ),
        { actor: 'admin' },
      );
      // A field shown by a value written in the same submission is fine: that value was writable.
      const t = await runtime.startTicket({
        workflow: k,
        actor: 'ann',
        template: 'frozen',
        data: { summary: 'x', category: 'hardware', notes: 'needs a dock' },
      });
      expect(t.data.notes).toBe('needs a dock');
      const err = await runtime
        .act({ ticket: t.id, action: 'update', actor: 'eve', data: { owner: 'free', amount: 5 } })
        .catch((e) => e);
      expect(err).toBeInstanceOf(PermissionError);
      expect(err.fields.sort()).toEqual(['amount', 'owner']);
      await expect(
        runtime.act({ ticket: t.id, action: 'update', actor: 'eve', data: { amount: 5 } }),
      ).rejects.toBeInstanceOf(PermissionError);
      expect(
        (
          await runtime.act({
            ticket: t.id,
            action: 'update',
            actor: 'eve',
            data: { category: 'software' },
          })
        ).data.category,
      ).toBe('software');
      // Hidden again by the stored data: notes cannot be written back together with the unlock…
      // …unless the unlocking field was writable, which it is here.
      const back = await runtime.act({
        ticket: t.id,
        action: 'update',
        actor: 'eve',
        data: { category: 'hardware', notes: 'dock + screen' },
      });
      expect(back.data.notes).toBe('dock + screen');
    });
  });

  describe('payload limits', () => {
    it('refuse data too deep, too long, too many or too large, naming the path', async () => {
      const { runtime } = setup({
        storage: storage(),
        payloadLimits: { maxDepth: 3, maxStringLength: 20, maxFields: 10, maxBytes: 200 },
      });
      const k = key('pay');
      await runtime.publish(chain(k, [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })]), {
        actor: 'admin',
      });
      const deep: Record<string, unknown> = {};
      deep.self = deep; // a cycle is just too deep
      for (const [data, path, code] of [
        [{ summary: { a: { b: { c: 1 } } } }, '/data/summary/a/b/c', 'PAYLOAD_TOO_DEEP'],
        [deep, '/data/self/self/self/self', 'PAYLOAD_TOO_DEEP'],
        [{ summary: 'x'.repeat(21) }, '/data/summary', 'PAYLOAD_STRING_TOO_LONG'],
        [{ notes: Array.from({ length: 11 }, () => 1) }, '/data/notes', 'PAYLOAD_TOO_MANY_FIELDS'],
        [
          {
            summary: 'x',
            notes: [
              'y'.repeat(20),
              'y'.repeat(20),
              'y'.repeat(20),
              'y'.repeat(20),
              'y'.repeat(20),
              'y'.repeat(20),
              'y'.repeat(20),
              'y'.repeat(20),
            ],
          },
          '/data',
          'PAYLOAD_TOO_LARGE',
        ],
      ] as const) {
        const err = await runtime
          .startTicket({ workflow: k, actor: 'ann', data: data as Record<string, unknown> })
          .catch((e) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.issues[0]).toMatchObject({ path, code });
      }
      const t = await runtime.startTicket({ workflow: k, actor: 'ann', data: { summary: 'ok' } });
      await expect(
        runtime.act({
          ticket: t.id,
          action: 'update',
          actor: 'eve',
          data: { notes: 'z'.repeat(21) },
        }),
      ).rejects.toBeInstanceOf(ValidationError);
    });
  });

  describe('a rule that throws', () => {
    it('fails closed: hidden and read-only, the refusal and the history say why', async () => {
      const { runtime } = env();
      const k = key('rule');
      await runtime.publish(
        withRules(k, [{ field: 'notes', visible: '$number(summary) > 0' }], {
          notes: 'edit',
          amount: 'edit',
        }),
        { actor: 'admin' },
      );
      const t = await runtime.startTicket({ workflow: k, actor: 'ann', data: { summary: 'abc' } });
      const view = await runtime.viewTicket(t.id, 'eve');
      expect(view.form.permissions.notes).toBeUndefined();
      expect(view.form.schema.properties?.notes).toBeUndefined();
      const err = await runtime
        .act({ ticket: t.id, action: 'update', actor: 'eve', data: { notes: 'x' } })
        .catch((e) => e);
      expect(err).toBeInstanceOf(PermissionError);
      expect(err.message).toMatch(/The visible rule of field "notes" failed/);
      await runtime.act({ ticket: t.id, action: 'update', actor: 'eve', data: { amount: 3 } });
      expect(lintDefinition(await runtime.getDefinition(k))).toContainEqual(
        expect.objectContaining({ code: 'RULE_MAY_FAIL', path: '/form/rules/0/visible' }),
      );
      const failed = (await runtime.history(t.id)).filter((e) => e.type === 'ruleFailed');
      expect(failed.at(-1)).toMatchObject({
        nodeId: 'triage',
        detail: { issues: [{ path: '/form/rules/0/visible', code: 'RULE_FAILED' }] },
      });
    });
  });

  describe('field names', () => {
    it('constructor and toString are fields like any other; __proto__ never reaches a prototype', async () => {
      const { runtime } = env();
      const k = key('proto');
      const def: WorkflowDefinition = chain(
        k,
        [
          task(
            'triage',
            { strategy: 'fixed', to: [{ user: 'eve' }] },
            { fields: { notes: 'edit' } },
          ),
        ],
        {
          form: {
            schema: JSON.parse(
              '{"type":"object","required":["toString"],"properties":{"notes":{"type":"string"},"constructor":{"type":"string"},"toString":{"type":"string"}}}',
            ),
          },
        },
      );
      await runtime.publish(def, { actor: 'admin' });
      // Required is checked on the field itself, not on an inherited Object.prototype.toString.
      await expect(
        runtime.startTicket({ workflow: k, actor: 'ann', data: {} }),
      ).rejects.toBeInstanceOf(ValidationError);
      const polluted = await runtime
        .startTicket({
          workflow: k,
          actor: 'ann',
          data: JSON.parse('{"toString":"t","__proto__":{"notes":"x"}}'),
        })
        .catch((e) => e);
      expect(polluted).toBeInstanceOf(PermissionError);
      expect(polluted.fields).toEqual(['__proto__']);
      const t = await runtime.startTicket({
        workflow: k,
        actor: 'ann',
        data: JSON.parse('{"constructor":"c","toString":"t"}'),
      });
      expect(Object.keys(t.data).sort()).toEqual(['constructor', 'toString']);
      // At a step that does not list them they are read-only, as any unlisted field is.
      for (const body of ['{"constructor":"q"}', '{"toString":"q"}', '{"__proto__":"q"}']) {
        const err = await runtime
          .act({ ticket: t.id, action: 'update', actor: 'eve', data: JSON.parse(body) })
          .catch((e) => e);
        expect(err).toBeInstanceOf(PermissionError);
        expect(err.fields).toEqual(Object.keys(JSON.parse(body)));
      }
      const view = await runtime.viewTicket(t.id, 'eve');
      expect(view.form.permissions).toEqual({
        notes: 'edit',
        constructor: 'read',
        toString: 'read',
      });
      const stored = await runtime.getTicket(t.id);
      expect(stored.data).toEqual(t.data);
      expect(Object.getPrototypeOf(stored.data)).toBe(Object.prototype);
    });
  });

  describe('requestId', () => {
    it('is scoped to its actor and command: nobody pre-empts another user or the engine', async () => {
      const { runtime } = env();
      const k = key('req');
      await runtime.publish(chain(k, [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })]), {
        actor: 'admin',
      });
      const a = await runtime.startTicket({
        workflow: k,
        actor: 'ann',
        data: { summary: 'a' },
        requestId: 'r1',
      });
      const b = await runtime.startTicket({
        workflow: k,
        actor: 'bob',
        data: { summary: 'b' },
        requestId: 'r1',
      });
      expect(b.id).not.toBe(a.id);
      expect(b.requester).toBe('bob');
      await runtime.act({
        ticket: a.id,
        action: 'comment',
        actor: 'ann',
        comment: 'one',
        requestId: 'r1',
      });
      await runtime.act({
        ticket: a.id,
        action: 'comment',
        actor: 'eve',
        comment: 'two',
        requestId: 'r1',
      });
      await runtime.act({
        ticket: a.id,
        action: 'comment',
        actor: 'eve',
        comment: 'two',
        requestId: 'r1',
      });
      const comments = (await runtime.history(a.id)).filter((e) => e.action === 'comment');
      expect(comments.map((e) => e.comment)).toEqual(['one', 'two']);
      // An engine id used as a caller's requestId does not take the engine's place.
      const run = '2026-11-23T10:00:00.000Z';
      await runtime.startTicket({
        workflow: k,
        actor: 'ann',
        data: { summary: 'squat' },
        requestId: `schedule:nightly-${k}:${run}`,
      });
      await runtime.schedules.create({
        id: `nightly-${k}`,
        workflow: k,
        actor: 'bob',
        timeZone: 'UTC',
        start: '2026-11-23T10:00',
        frequency: 'once',
        data: { summary: 'scheduled' },
      });
      await runtime.tick(new Date('2026-11-23T10:00:30Z'));
      const page = await runtime.listTickets({ workflow: [k], limit: 50 });
      expect(page.tickets.map((t) => t.requester).sort()).toEqual(['ann', 'ann', 'bob', 'bob']);
    });
  });

  describe('addApprover', () => {
    it('cannot add the actor, the requester, or someone who already decides', async () => {
      const { runtime } = env();
      const k = key('add');
      await runtime.publish(
        chain(k, [
          approval(
            'ok',
            { mode: 'all' },
            { strategy: 'fixed', to: [{ user: 'eve' }, { user: 'sam' }] },
          ),
        ]),
        { actor: 'admin' },
      );
      const t = await runtime.startTicket({ workflow: k, actor: 'ann', data: { summary: 'x' } });
      for (const [to, code] of [
        ['eve', 'ALREADY_APPROVER'],
        ['sam', 'ALREADY_APPROVER'],
        ['ann', 'REQUESTER_CANNOT_APPROVE'],
      ]) {
        const err = await runtime
          .act({ ticket: t.id, action: 'addApprover', actor: 'eve', to })
          .catch((e) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.issues[0]).toMatchObject({ path: '/to', code });
      }
      await runtime.act({ ticket: t.id, action: 'addApprover', actor: 'eve', to: 'kim' });
      await expect(
        runtime.act({ ticket: t.id, action: 'addApprover', actor: 'sam', to: 'kim' }),
      ).rejects.toBeInstanceOf(ValidationError);
      for (const u of ['eve', 'sam'])
        await runtime.act({ ticket: t.id, action: 'approve', actor: u });
      expect((await runtime.getTicket(t.id)).status).toBe('open');
      expect((await runtime.act({ ticket: t.id, action: 'approve', actor: 'kim' })).status).toBe(
        'resolved',
      );
    });

    it('a single approval: a candidate cannot countersign (the step would wait for nobody)', async () => {
      const { runtime } = env();
      const k = key('single');
      await runtime.publish(
        chain(k, [
          approval(
            'ok',
            { mode: 'single' },
            { strategy: 'fixed', to: [{ user: 'eve' }, { user: 'sam' }] },
          ),
        ]),
        { actor: 'admin' },
      );
      const t = await runtime.startTicket({ workflow: k, actor: 'ann', data: { summary: 'x' } });
      for (const to of ['eve', 'sam']) {
        await expect(
          runtime.act({ ticket: t.id, action: 'addApprover', actor: 'eve', to }),
        ).rejects.toBeInstanceOf(ValidationError);
      }
    });
  });

  describe('separation of duties', () => {
    const cab = (k: string, extra: Record<string, unknown> = {}, mode: 'all' | 'single' = 'all') =>
      chain(k, [
        approval('cab', { mode, ...extra }, { strategy: 'fixed', to: [{ group: 'cab' }] }),
      ]);

    it('the requester is skipped as an approver; the others approve', async () => {
      const { runtime } = env();
      const k = key('sod');
      await runtime.publish(cab(k), { actor: 'admin' });
      const t = await runtime.startTicket({ workflow: k, actor: 'max', data: { summary: 'x' } });
      expect(t.approvals.cab?.approvers.sort()).toEqual(['eve', 'sam']);
      expect(await runtime.tasks('max')).toEqual([]);
      await expect(
        runtime.act({ ticket: t.id, action: 'approve', actor: 'max' }),
      ).rejects.toBeInstanceOf(PermissionError);
    });

    it('nobody left: the declared fallback approves; without one the ticket cannot reach the step', async () => {
      const { runtime } = env();
      const k = key('fb');
      const only = (extra: Record<string, unknown>) =>
        chain(k, [
          approval(
            'ok',
            { mode: 'single', ...extra },
            { strategy: 'fixed', to: [{ user: 'max' }] },
          ),
        ]);
      await runtime.publish(only({ fallback: [{ user: 'kim' }] }), { actor: 'admin' });
      const t = await runtime.startTicket({ workflow: k, actor: 'max', data: { summary: 'x' } });
      expect(t.assignees).toEqual(['kim']);
      await runtime.publish(only({}), { actor: 'admin' });
      const err = await runtime
        .startTicket({ workflow: k, actor: 'max', data: { summary: 'y' } })
        .catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.issues[0]).toMatchObject({ code: 'NO_ASSIGNEE', nodeId: 'ok' });
      expect(err.message).toMatch(/only candidate is the requester, max/);
      expect((await runtime.listTickets({ workflow: [k] })).total).toBe(1);
    });

    it('allowRequester: true opts out explicitly', async () => {
      const { runtime } = env();
      const k = key('allow');
      const def = chain(k, [
        approval('ok', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] }, {
          allowRequester: true,
        } as never),
      ]);
      await runtime.publish(def, { actor: 'admin' });
      const t = await runtime.startTicket({ workflow: k, actor: 'max', data: { summary: 'x' } });
      expect((await runtime.act({ ticket: t.id, action: 'approve', actor: 'max' })).status).toBe(
        'resolved',
      );
    });

    it('approval work cannot be reassigned or delegated to the requester', async () => {
      const { runtime } = env();
      const k = key('hand');
      await runtime.publish(cab(k, {}, 'single'), { actor: 'admin' });
      const t = await runtime.startTicket({ workflow: k, actor: 'max', data: { summary: 'x' } });
      for (const action of ['reassign', 'delegate'] as const) {
        const err = await runtime
          .act({ ticket: t.id, action, actor: 'eve', to: 'max' })
          .catch((e) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.issues[0]).toMatchObject({ path: '/to', code: 'REQUESTER_CANNOT_APPROVE' });
      }
    });

    it('publishing refuses an approval only the requester could decide', async () => {
      const { runtime } = env();
      const k = key('static');
      const noAssign = chain(k, [{ id: 'ok', type: 'approval', approval: { mode: 'single' } }]);
      const err = await runtime.publish(noAssign, { actor: 'admin' }).catch((e) => e);
      expect(err).toBeInstanceOf(DefinitionError);
      expect(err.issues).toMatchObject([{ code: 'APPROVAL_REQUESTER_ONLY', nodeId: 'ok' }]);
      const self = chain(
        k,
        [approval('ok', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] })],
        { permissions: { start: [{ user: 'max' }] } },
      );
      await expect(runtime.publish(self, { actor: 'admin' })).rejects.toBeInstanceOf(
        DefinitionError,
      );
      (self.nodes[1] as { allowRequester?: boolean }).allowRequester = true;
      expect((await runtime.publish(self, { actor: 'admin' })).version).toBe(1);
    });
  });
});
