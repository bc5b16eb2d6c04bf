// The studio over real HTTP (@hono/node-server on port 0): drafts, versions, diff, rollback and
// migration through createHttpClient answer as runtime.client(actor) does, fit the OpenAPI
// schemas, and refuse with problem+json.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { ConflictError, PermissionError, RequestError } from '@deskkit/runtime';
import type { Runtime } from '@deskkit/runtime';
import { createHttpClient } from '../src/client/http';
import { accessRequest, desk } from './fixtures';
import { assertFits } from './fitsSchema';

let server: ServerType;
let baseUrl: string;
let runtime: Runtime;

beforeAll(async () => {
  const made = await desk();
  runtime = made.runtime;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: made.handler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      baseUrl = `http://127.0.0.1:${info.port}/api`;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const remote = (actor: string) =>
  createHttpClient({ baseUrl, actor, headers: () => ({ 'x-user': actor }) });

describe('the studio over HTTP', () => {
  it('saves a shared draft, diffs and rolls back versions, and says who published what', async () => {
    const admin = remote('admin');
    expect(await admin.getDraft('access-request')).toBeNull();
    const edited = { ...accessRequest, name: 'Access (draft)' };
    const draft = await admin.saveDraft(edited, { expectedRevision: null });
    assertFits('Draft', draft);
    expect(draft).toMatchObject({ key: 'access-request', revision: 1, savedBy: 'admin' });
    expect(await admin.getDraft('access-request')).toEqual(draft);
    expect(await admin.listDrafts()).toEqual([draft]);
    assertFits('DraftList', await admin.listDrafts());
    // Someone saved since revision 0: 409, rebuilt as the runtime's ConflictError.
    const stale = await admin.saveDraft(edited, { expectedRevision: null }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.message).toMatch(/admin saved the draft of "access-request" \(revision 1\)/);
    expect(await admin.discardDraft('access-request', { expectedRevision: 1 })).toBe(true);
    expect(await admin.discardDraft('access-request')).toBe(false);

    const v2 = {
      ...accessRequest,
      nodes: accessRequest.nodes.filter((n) => n.id !== 'review'),
      edges: [
        { id: 'e1', from: 'start', to: 'triage' },
        { id: 'e3', from: 'triage', to: 'end' },
      ],
    };
    expect(await admin.publish(v2)).toMatchObject({ version: 2 });
    const diff = await admin.diffVersions('access-request', 1, 2);
    assertFits('VersionDiff', diff);
    expect(diff).toEqual(await runtime.client('admin').diffVersions('access-request', 1, 2));
    expect(diff.nodes.removed).toEqual(['review']);

    const rolled = await admin.rollback('access-request', 1);
    assertFits('PublishResult', rolled);
    expect(rolled).toEqual({ key: 'access-request', version: 3 });
    const versions = await admin.versions('access-request');
    assertFits('VersionList', versions);
    expect(versions.map((v) => [v.version, v.publishedBy, v.restoredFrom ?? null])).toEqual([
      [1, 'admin', null],
      [2, 'admin', null],
      [3, 'admin', 1],
    ]);
    expect(versions).toEqual(await runtime.client('admin').versions('access-request'));
  });

  it("lists the publisher's workflows with their latest version and draft", async () => {
    const admin = remote('admin');
    const before = await admin.studioWorkflows();
    assertFits('StudioWorkflowList', before);
    expect(before).toEqual(await runtime.client('admin').studioWorkflows());
    const latest = before.find((w) => w.key === 'access-request')!.latest!.version;
    await admin.saveDraft({ ...accessRequest, name: 'Access (draft)' });
    const listed = await admin.studioWorkflows();
    assertFits('StudioWorkflowList', listed);
    expect(listed.find((w) => w.key === 'access-request')).toMatchObject({
      latest: { version: latest, publishedBy: 'admin' },
      draft: { savedBy: 'admin', basedOn: latest },
    });
    await admin.publish(accessRequest);
    await admin.discardDraft('access-request');
    const after = (await admin.studioWorkflows()).find((w) => w.key === 'access-request')!;
    expect(after.latest!.version).toBe(latest + 1);
    expect(after.draft).toBeUndefined();
  });

  it('migrates a running ticket: dry run, then apply', async () => {
    const admin = remote('admin');
    const t = await remote('ann').startTicket({
      workflow: 'access-request',
      data: { summary: 'VPN' },
    });
    const latest = (await admin.versions('access-request')).at(-1)!.version;
    await admin.publish({
      ...accessRequest,
      nodes: accessRequest.nodes.map((n) => (n.id === 'triage' ? { ...n, id: 'sort' } : n)),
      edges: [
        { id: 'e1', from: 'start', to: 'sort' },
        { id: 'e2', from: 'sort', to: 'review' },
        { id: 'e3', from: 'review', to: 'end' },
      ],
    });
    const plan = await admin.migrateTickets({
      workflow: 'access-request',
      from: latest,
      tickets: [t.id],
      dryRun: true,
    });
    assertFits('TicketMigrationReport', plan);
    expect(plan.tickets).toMatchObject([
      {
        ticketId: t.id,
        outcome: 'blocked',
        reasons: [{ code: 'NODE_UNMAPPED', nodeId: 'triage' }],
      },
    ]);
    expect((await runtime.getTicket(t.id)).workflow.version).toBe(latest);
    const done = await admin.migrateTickets({
      workflow: 'access-request',
      from: latest,
      tickets: [t.id],
      mapping: { triage: 'sort' },
    });
    expect(done.tickets).toMatchObject([{ outcome: 'moved', nodes: { triage: 'sort' } }]);
    expect(await runtime.getTicket(t.id)).toMatchObject({
      workflow: { version: latest + 1 },
      active: ['sort'],
    });
  });

  it('refuses a user who may not publish, and malformed requests, with problem+json', async () => {
    const ann = remote('ann');
    for (const call of [
      () => ann.studioWorkflows(),
      () => ann.versions('access-request'),
      () => ann.diffVersions('access-request', 1, 2),
      () => ann.getDraft('access-request'),
      () => ann.saveDraft(accessRequest),
      () => ann.rollback('access-request', 1),
      () => ann.migrateTickets({ workflow: 'access-request', from: 1, dryRun: true }),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(PermissionError);
    }
    const raw = (path: string, init: RequestInit = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { 'x-user': 'admin', 'content-type': 'application/json' },
      });
    const denied = await fetch(`${baseUrl}/definitions/access-request/versions`, {
      headers: { 'x-user': 'ann' },
    });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('content-type')).toBe('application/problem+json');
    expect(await denied.json()).toMatchObject({ status: 403, code: 'PERMISSION_DENIED' });

    const noTo = await raw('/definitions/access-request/diff?from=1');
    expect(noTo.status).toBe(400);
    expect(await noTo.json()).toMatchObject({ issues: [{ path: '/query/to' }] });
    const wrongKey = await raw('/definitions/access-request/draft', {
      method: 'POST',
      body: JSON.stringify({ definition: { ...accessRequest, key: 'other' } }),
    });
    expect(wrongKey.status).toBe(400);
    const badRollback = await raw('/definitions/access-request/rollback', {
      method: 'POST',
      body: JSON.stringify({ version: 'one' }),
    });
    expect(badRollback.status).toBe(400);
    expect(await badRollback.json()).toMatchObject({ issues: [{ path: '/version' }] });
    const missing = await remote('admin')
      .rollback('access-request', 99)
      .catch((e) => e);
    expect(missing.code).toBe('NOT_FOUND');
    const unknownKey = await remote('admin')
      .migrateTickets({ workflow: 'access-request', from: 1, dryRun: true, extra: 1 } as never)
      .catch((e) => e);
    expect(unknownKey).toBeInstanceOf(RequestError);
  });
});
