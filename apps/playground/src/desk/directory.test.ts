import { ValidationError } from '@deskkit/runtime';
import { changeRequest } from '../demo/workflows/change-request';
import { memoryPersistence } from './persistence';
import { freshDesk } from './testing';
import { createDesk } from './desk';

const refusal = async (action: Promise<unknown>): Promise<ValidationError> => {
  const error = await action.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
};

describe('directory edits: removing people, roles and departments', () => {
  it('removes a person nobody references, persisted across a reload', async () => {
    const persistence = memoryPersistence();
    const desk = await freshDesk(persistence);
    await desk.removePerson('bruno');
    expect(desk.settings.organisation.users.map((u) => u.id)).not.toContain('bruno');
    expect(await desk.directory.getUser('bruno')).toBeNull();
    await desk.flush();
    const again = await createDesk({ persistence });
    expect(again.settings.organisation.users.map((u) => u.id)).not.toContain('bruno');
  });

  it('refuses to remove a manager, a rota member, an absent person, and says which', async () => {
    const desk = await freshDesk();
    const victor = await refusal(desk.removePerson('victor'));
    expect(victor.message).toBe('Victor Lambert cannot be removed: manager of Alice Martin.');
    expect(victor.issues[0]?.path).toBe(
      `/users/${desk.settings.organisation.users.findIndex((u) => u.id === 'victor')}`,
    );
    expect((await refusal(desk.removePerson('nina'))).message).toMatch(
      /member of the on-call rota "Network on-call"/,
    );
    expect((await refusal(desk.removePerson('tom'))).message).toMatch(
      /out-of-office rule 2026-12-21 – 2027-01-03/,
    );
    expect((await refusal(desk.removePerson('nobody'))).message).toBe(
      '"nobody" is not in the directory.',
    );
    expect(desk.settings.organisation.users.map((u) => u.id)).toEqual(
      expect.arrayContaining(['victor', 'nina', 'tom']),
    );
  });

  it('refuses to remove a candidate named in a published workflow, naming the step', async () => {
    const desk = await freshDesk();
    await desk.runtime.publish(
      {
        ...changeRequest,
        nodes: changeRequest.nodes.map((n) =>
          n.id === 'cab' && n.type === 'approval'
            ? { ...n, assign: { strategy: 'fixed', to: [{ user: 'carlos' }, { group: 'cab' }] } }
            : n,
        ),
      },
      { actor: 'ada' },
    );
    const error = await refusal(desk.removePerson('carlos'));
    expect(error.message).toBe(
      'Carlos Mendes cannot be removed: named in the published workflow Normal change › step "CAB approval".',
    );
    expect(await desk.directory.getUser('carlos')).not.toBeNull();
  });

  it('edits roles and departments; one still held or named by a workflow cannot go', async () => {
    const desk = await freshDesk();
    const org = desk.settings.organisation;
    await desk.updateOrganisation({
      ...org,
      roles: [
        ...org.roles.map((r) => (r.id === 'agent' ? { ...r, name: 'Desk analyst' } : r)),
        { id: 'auditor', name: 'Auditor' },
      ],
      departments: [...org.departments, { id: 'legal', name: 'Legal' }],
      users: org.users.map((u) => (u.id === 'bruno' ? { ...u, department: 'legal' } : u)),
    });
    expect(desk.settings.organisation.roles.find((r) => r.id === 'agent')?.name).toBe(
      'Desk analyst',
    );
    expect((await desk.directory.getUser('bruno'))?.department).toBe('legal');

    // Still held by Bruno: the directory check names the person's field.
    const held = await refusal(
      desk.updateOrganisation({
        ...desk.settings.organisation,
        departments: desk.settings.organisation.departments.filter((d) => d.id !== 'legal'),
      }),
    );
    expect(held.message).toMatch(/There is no department "legal"/);
    // Held by nobody but named in the change workflow's permissions.
    const next = desk.settings.organisation;
    const cabIndex = next.roles.findIndex((r) => r.id === 'cab');
    const named = await refusal(
      desk.updateOrganisation({
        ...next,
        roles: next.roles.filter((r) => r.id !== 'cab'),
        users: next.users.map((u) => ({ ...u, roles: (u.roles ?? []).filter((r) => r !== 'cab') })),
      }),
    );
    expect(named.issues[0]?.path).toBe(`/roles/${cabIndex}`);
    expect(named.message).toMatch(
      /^The role "CAB member" cannot be removed: it is named in the published workflow Normal change › /,
    );
    expect(desk.settings.organisation.roles.map((r) => r.id)).toContain('cab');
    // An unused one goes; a duplicate id or an empty name is refused with its path.
    await desk.updateOrganisation({ ...next, roles: next.roles.filter((r) => r.id !== 'auditor') });
    expect(desk.settings.organisation.roles.map((r) => r.id)).not.toContain('auditor');
    const dup = await refusal(
      desk.updateOrganisation({
        ...desk.settings.organisation,
        departments: [...desk.settings.organisation.departments, { id: 'sales', name: '' }],
      }),
    );
    const last = desk.settings.organisation.departments.length;
    expect(dup.issues.map((i) => i.path)).toEqual([
      `/departments/${last}/id`,
      `/departments/${last}/name`,
    ]);
  });
});
