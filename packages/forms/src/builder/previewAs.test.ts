// What the builder's preview applies as whoever works a step, as someone with a role, as a viewer.
import type { WorkflowDefinition } from '@deskkit/runtime';
import { previewAccess, rolesNamed } from './previewAs';

const def = {
  schemaVersion: 1,
  key: 'req',
  name: 'Request',
  permissions: { start: [{ role: 'employee' }], view: [{ role: 'auditor' }] },
  form: {
    schema: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        notes: { type: 'string' },
        internal: { type: 'string' },
      },
    },
  },
  nodes: [
    { id: 'start', type: 'start', fields: { internal: 'hidden' } },
    {
      id: 'review',
      type: 'approval',
      approval: { mode: 'single', fallback: [{ role: 'director' }] },
      assign: { strategy: 'claim', to: [{ role: 'cab' }, { group: 'desk' }] },
      fields: { notes: 'required', internal: 'hidden' },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [],
} as unknown as WorkflowDefinition;
const review = { id: 'review', type: 'approval' as const };

describe('previewAccess', () => {
  it('gives a role that works the step the step’s permissions, any other role a read-only view', () => {
    expect(previewAccess(def, review, { kind: 'role', role: 'cab' })).toEqual({
      permissions: { title: 'read', notes: 'required', internal: 'hidden' },
      readOnly: false,
      works: true,
    });
    expect(previewAccess(def, review, { kind: 'role', role: 'director' }).works).toBe(true);
    expect(previewAccess(def, review, { kind: 'role', role: 'employee' })).toEqual({
      permissions: { title: 'read', notes: 'read', internal: 'hidden' },
      readOnly: true,
      works: false,
    });
  });

  it('as the requester: a role permissions.start names fills the start form, another reads it', () => {
    expect(previewAccess(def, undefined, { kind: 'role', role: 'employee' })).toEqual({
      permissions: { title: 'edit', notes: 'edit', internal: 'hidden' },
      readOnly: false,
      works: true,
    });
    expect(previewAccess(def, undefined, { kind: 'role', role: 'cab' })).toMatchObject({
      permissions: { title: 'read', internal: 'hidden' },
      readOnly: true,
      works: false,
    });
    // Without permissions.start anyone may raise it.
    const open = { ...def, permissions: {} } as WorkflowDefinition;
    expect(previewAccess(open, undefined, { kind: 'role', role: 'cab' }).works).toBe(true);
  });

  it('as whoever works the step and as a viewer', () => {
    expect(previewAccess(def, undefined, { kind: 'worker' })).toEqual({ readOnly: false });
    expect(previewAccess(def, review, { kind: 'viewer' })).toEqual({
      permissions: { title: 'read', notes: 'read', internal: 'hidden' },
      readOnly: true,
    });
  });
});

describe('rolesNamed', () => {
  it('lists the roles the definition names, then the extra ones, each once', () => {
    expect(rolesNamed(def, ['cab', 'admin'])).toEqual([
      'employee',
      'auditor',
      'cab',
      'director',
      'admin',
    ]);
  });
});

describe('previewAccess with the directory', () => {
  const members: Record<string, string[]> = {
    '{"role":"network"}': ['nina', 'omar'],
    '{"group":"desk"}': ['omar', 'paul'],
    '{"role":"finance"}': ['fay'],
  };
  const membersOf = (p: object) => members[JSON.stringify(p)];

  it('lets a role work a step it works through a group (a holder is a member)', () => {
    expect(previewAccess(def, review, { kind: 'role', role: 'network' }, membersOf)).toEqual({
      permissions: { title: 'read', notes: 'required', internal: 'hidden' },
      readOnly: false,
      works: true,
    });
  });

  it('keeps a role with no holder among the workers read only, and unknown members too', () => {
    expect(previewAccess(def, review, { kind: 'role', role: 'finance' }, membersOf)).toMatchObject({
      readOnly: true,
      works: false,
    });
    expect(previewAccess(def, review, { kind: 'role', role: 'network' })).toMatchObject({
      readOnly: true,
      works: false,
    });
  });

  it('lets a role work a step that names one of its holders', () => {
    const named = {
      ...def,
      nodes: def.nodes.map((n) =>
        n.id === 'review' ? { ...n, assign: { strategy: 'claim', to: [{ user: 'fay' }] } } : n,
      ),
    } as WorkflowDefinition;
    expect(
      previewAccess(named, review, { kind: 'role', role: 'finance' }, membersOf),
    ).toMatchObject({ readOnly: false, works: true });
  });
});
