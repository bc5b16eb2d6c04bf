import { type DelegationRule, type DirectoryUser } from '@deskkit/runtime';
import { instantToZonedDateTime, zonedDateTimeToInstant } from '@deskkit/runtime/i18n';
import { useState } from 'react';
import type { DemoOrganisation, NamedEntry } from '../../demo/organisation';
import { useDesk, useDeskQuery } from '../../desk/DeskContext';
import { t } from '../../i18n';
import { DESK_TIME_ZONE, LOCALES } from '../../locale/locale';
import { formatDateTime } from '../../ui/chips';
import { Card, TableHead } from '../../ui/layout';
import { UserSelect } from '../../ui/UserSelect';
import { DurationInput, useDesignerTranslator } from '@deskkit/designer';
import { PeoplePicker } from '../../ui/PeoplePicker';
import {
  DesignerField,
  Field,
  issueAt,
  IssueNote,
  Outcome,
  SaveBar,
  TextField,
  useSave,
} from './editing';

const entryName = (list: Array<{ id: string; name: string }>, id: string) =>
  list.find((e) => e.id === id)?.name ?? id;

/** Adds or edits one person: name, e-mail, language, roles, groups, department, manager. */
function PersonForm(props: {
  index: number;
  person: DirectoryUser;
  isNew: boolean;
  onDone(saved?: string): void;
}) {
  const { system, organisation } = useDesk();
  const [draft, setDraft] = useState(props.person);
  const save = useSave();
  const base = `/users/${props.index}`;
  const set = (patch: Partial<DirectoryUser>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (key: 'roles' | 'groups', id: string) => {
    const list = draft[key] ?? [];
    set({ [key]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id] });
  };
  const submit = async () => {
    const users = [...organisation.users];
    users[props.index] = Object.fromEntries(
      Object.entries(draft).filter(([, v]) => v !== '' && v !== undefined),
    ) as unknown as DirectoryUser;
    const done = t('Saved {name}.', { name: draft.name ?? draft.id });
    const ok = await save.run(
      () => system.admin.updateOrganisation({ ...organisation, users }),
      done,
    );
    if (ok) props.onDone(done);
  };
  return (
    <form
      className="pg-form pg-person-form"
      aria-label={
        props.isNew
          ? t('New person')
          : t('Edit {name}', { name: props.person.name ?? props.person.id })
      }
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="pg-form-row">
        {props.isNew ? (
          <TextField
            label={t('User id')}
            issue={issueAt(save.issues, `${base}/id`)}
            hint={t('How workflows and tickets name them, e.g. jdoe')}
            value={draft.id}
            onChange={(value) => set({ id: value.trim() })}
          />
        ) : null}
        <TextField
          label={t('Name')}
          issue={issueAt(save.issues, `${base}/name`)}
          value={draft.name ?? ''}
          onChange={(value) => set({ name: value })}
        />
        <TextField
          label={t('E-mail')}
          issue={issueAt(save.issues, `${base}/email`)}
          value={draft.email ?? ''}
          onChange={(value) => set({ email: value })}
        />
        <Field label={t('Language of e-mails')} issue={issueAt(save.issues, `${base}/locale`)}>
          {(a) => (
            <select
              {...a}
              className="pg-input"
              value={draft.locale ?? ''}
              onChange={(e) => set({ locale: e.target.value })}
            >
              <option value="">{t('Desk default')}</option>
              {LOCALES.map((l) => (
                <option key={l.id} value={l.id} lang={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('Department')} issue={issueAt(save.issues, `${base}/department`)}>
          {(a) => (
            <select
              {...a}
              className="pg-input"
              value={draft.department ?? ''}
              onChange={(e) => set({ department: e.target.value })}
            >
              <option value="">{t('None')}</option>
              {organisation.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="pg-field">
          <UserSelect
            label={t('Manager')}
            placeholder={t('None')}
            value={draft.manager ?? ''}
            onChange={(manager) => set({ manager })}
            exclude={[draft.id]}
            invalid={!!issueAt(save.issues, `${base}/manager`)}
          />
          <IssueNote issue={issueAt(save.issues, `${base}/manager`)} />
        </div>
      </div>
      {(['roles', 'groups'] as const).map((key) => (
        <fieldset
          key={key}
          className="pg-fieldset"
          aria-invalid={issueAt(save.issues, `${base}/${key}`) ? true : undefined}
        >
          <legend>{key === 'roles' ? t('Roles') : t('Groups')}</legend>
          <div className="pg-checks">
            {(key === 'roles' ? organisation.roles : organisation.groups).map((entry) => (
              <label key={entry.id} className="pg-check">
                <input
                  type="checkbox"
                  checked={draft[key]?.includes(entry.id) ?? false}
                  onChange={() => toggle(key, entry.id)}
                />
                {entry.name}
              </label>
            ))}
          </div>
          <IssueNote issue={issueAt(save.issues, `${base}/${key}`)} />
        </fieldset>
      ))}
      <SaveBar save={save} label={t('Save person')}>
        <button type="button" className="pg-button" onClick={() => props.onDone()}>
          {t('Cancel')}
        </button>
      </SaveBar>
    </form>
  );
}

function People() {
  const { system, organisation, nameOf } = useDesk();
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const remove = useSave();
  const removePerson = async (u: DirectoryUser) => {
    setNotice('');
    const question = t(
      'Remove {name} from the directory? They can no longer sign in; their tickets and history stay.',
      { name: u.name ?? u.id },
    );
    if (!window.confirm(question)) return;
    await remove.run(
      () => system.admin.removePerson(u.id),
      t('Removed {name}.', { name: u.name ?? u.id }),
    );
  };
  const isNew = editing === organisation.users.length;
  return (
    <Card
      title={t('People')}
      actions={
        <button
          type="button"
          className="pg-button"
          onClick={() => setEditing(organisation.users.length)}
        >
          {t('+ Add person')}
        </button>
      }
    >
      {notice ? (
        <p className="pg-notice" role="status">
          {notice}
        </p>
      ) : null}
      <Outcome error={remove.error} notice={remove.notice} />
      {isNew ? (
        <PersonForm
          index={editing}
          isNew
          person={{ id: '', name: '', roles: ['employee'] }}
          onDone={(saved) => {
            setEditing(null);
            setNotice(saved ?? '');
          }}
        />
      ) : null}
      <table className="pg-table">
        <TableHead columns={[t('Name'), t('Roles'), t('Groups'), t('Department'), t('Manager')]} />
        <tbody>
          {organisation.users.map((u, i) =>
            editing === i ? (
              <tr key={u.id}>
                <td colSpan={6}>
                  <PersonForm
                    index={i}
                    isNew={false}
                    person={u}
                    onDone={(saved) => {
                      setEditing(null);
                      setNotice(saved ?? '');
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={u.id} data-user={u.id}>
                <td>
                  <strong>{u.name}</strong> <span className="pg-muted">{u.email}</span>
                </td>
                <td>
                  {(u.roles ?? []).map((r) => (
                    <span key={r} className="pg-tag">
                      {entryName(organisation.roles, r)}
                    </span>
                  ))}
                </td>
                <td>{(u.groups ?? []).map((g) => entryName(organisation.groups, g)).join(', ')}</td>
                <td>{u.department ? entryName(organisation.departments, u.department) : ''}</td>
                <td>{nameOf(u.manager)}</td>
                <td className="pg-row-actions">
                  <button
                    type="button"
                    className="pg-button"
                    aria-label={t('Edit {name}', { name: u.name ?? u.id })}
                    onClick={() => {
                      setEditing(i);
                      setNotice('');
                    }}
                  >
                    {t('Edit')}
                  </button>
                  <button
                    type="button"
                    className="pg-button pg-button-danger"
                    aria-label={t('Remove {name}', { name: u.name ?? u.id })}
                    disabled={remove.busy}
                    onClick={() => void removePerson(u)}
                  >
                    {t('Remove')}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </Card>
  );
}

const entryKinds = {
  groups: {
    title: 'Groups',
    id: 'Group id',
    save: 'Save groups',
    saved: 'Groups saved.',
    add: '+ Add group',
    member: (u: DirectoryUser, id: string) => u.groups?.includes(id) ?? false,
  },
  roles: {
    title: 'Roles',
    id: 'Role id',
    save: 'Save roles',
    saved: 'Roles saved.',
    add: '+ Add role',
    member: (u: DirectoryUser, id: string) => u.roles?.includes(id) ?? false,
  },
  departments: {
    title: 'Departments',
    id: 'Department id',
    save: 'Save departments',
    saved: 'Departments saved.',
    add: '+ Add department',
    member: (u: DirectoryUser, id: string) => u.department === id,
  },
} as const;

/**
 * Groups, roles or departments: id (fixed once saved), name and description, who has each (people
 * get them above); add, rename and remove. Removing one a person or a published workflow still
 * names is refused with the reason.
 */
function Entries(props: { kind: keyof typeof entryKinds }) {
  const { system, organisation } = useDesk();
  const kind = entryKinds[props.kind];
  const saved = organisation[props.kind];
  const [drafts, setDrafts] = useState(saved);
  const save = useSave();
  const submit = () =>
    save.run(
      () => system.admin.updateOrganisation({ ...organisation, [props.kind]: drafts }),
      t(kind.saved),
    );
  const edit = (i: number, patch: Partial<NamedEntry>) =>
    setDrafts((l) => l.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Card title={t(kind.title)}>
      <form
        className="pg-form"
        aria-label={t(kind.title)}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {drafts.map((g, i) => (
          <div key={i} className="pg-form-row">
            <Field label={t(kind.id)} issue={issueAt(save.issues, `/${props.kind}/${i}/id`)}>
              {(a) => (
                <input
                  {...a}
                  className="pg-input"
                  value={g.id}
                  readOnly={saved.some((x) => x.id === g.id && g.id !== '')}
                  onChange={(e) => edit(i, { id: e.target.value.trim() })}
                />
              )}
            </Field>
            <TextField
              label={t('Name')}
              issue={issueAt(save.issues, `/${props.kind}/${i}/name`)}
              value={g.name}
              onChange={(value) => edit(i, { name: value })}
            />
            <TextField
              label={t('Description')}
              value={g.description ?? ''}
              onChange={(value) => edit(i, { description: value })}
            />
            <p className="pg-muted pg-form-end">
              {organisation.users
                .filter((u) => kind.member(u, g.id))
                .map((u) => u.name)
                .join(', ') || t('Nobody yet')}
            </p>
            <button
              type="button"
              className="pg-button pg-button-danger pg-form-end pg-entry-remove"
              aria-label={t('Remove {name}', { name: g.name || g.id || t('new entry') })}
              onClick={() => setDrafts((l) => l.filter((_, j) => j !== i))}
            >
              {t('Remove')}
            </button>
          </div>
        ))}
        <SaveBar save={save} label={t(kind.save)}>
          <button
            type="button"
            className="pg-button"
            onClick={() => setDrafts((l) => [...l, { id: '', name: '' }])}
          >
            {t(kind.add)}
          </button>
        </SaveBar>
      </form>
    </Card>
  );
}

/**
 * The instant a rota's first shift starts: its `start` carries an offset (as this form writes it),
 * or is a wall-clock time in the rota's own zone (as the runtime reads one without).
 */
function rotaStart(rota: { start: string; timeZone?: string }): Date | null {
  if (!rota.start) return null;
  const local = zonedDateTimeToInstant(rota.start, rota.timeZone ?? 'UTC');
  if (local) return local;
  const at = new Date(rota.start);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The on-call rotas (members in turn, shift length, first hand-over) and who is on call now. */
function OnCall() {
  const { system, organisation, nameOf } = useDesk();
  const [drafts, setDrafts] = useState(() => organisation.rotas);
  // The designer's duration input, in the desk's language.
  const dt = useDesignerTranslator();
  const save = useSave();
  const now = useDeskQuery(
    ({ system, now }) => {
      const at = now();
      const until = new Date(at.getTime() + 1).toISOString();
      return Promise.all(
        organisation.rotas.map(async (r) => {
          const [shift] = await system.onCallShifts(r.id, at.toISOString(), until);
          return shift ? shift.user.split(', ') : [];
        }),
      );
    },
    [organisation],
  );
  const submit = () => {
    return save.run(
      () => system.admin.updateOrganisation({ ...organisation, rotas: drafts }),
      t('Rotas saved.'),
    );
  };
  return (
    <Card title={t('On-call rotas')}>
      <form
        className="pg-form"
        aria-label={t('On-call rotas')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {drafts.map((r, i) => {
          const set = (patch: Partial<(typeof drafts)[number]>) =>
            setDrafts((l) => l.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          const start = rotaStart(r);
          return (
            <div key={r.id} className="pg-form">
              <p>
                <strong>{r.name ?? r.id}</strong> · {t('On call now')}:{' '}
                <strong data-testid="on-call-now">
                  {(now.data?.[i] ?? []).map(nameOf).join(', ')}
                </strong>
              </p>
              <div
                className="pg-field"
                data-invalid={issueAt(save.issues, `/rotas/${i}/members`) ? 'true' : undefined}
              >
                {/* The picker is a group named by its label; this is the label seen. */}
                <span className="pg-field-label" aria-hidden="true">
                  {t('Members in turn')}
                </span>
                <PeoplePicker
                  label={t('Members in turn')}
                  value={r.members}
                  onChange={(members) => set({ members })}
                />
                <IssueNote issue={issueAt(save.issues, `/rotas/${i}/members`)} />
              </div>
              <div className="pg-form-row">
                <DesignerField issue={issueAt(save.issues, `/rotas/${i}/shift`)}>
                  <DurationInput
                    label={t('Shift length')}
                    value={r.shift}
                    t={dt}
                    onChange={(shift) => set({ shift: shift ?? '' })}
                  />
                </DesignerField>
                <Field
                  label={t('First shift starts')}
                  issue={issueAt(save.issues, `/rotas/${i}/start`)}
                  hint={
                    start
                      ? t('{time}, desk time ({zone})', {
                          time: formatDateTime(start.toISOString(), { year: true }),
                          zone: DESK_TIME_ZONE,
                        })
                      : t('Date and time in the desk time zone ({zone})', { zone: DESK_TIME_ZONE })
                  }
                >
                  {(a) => (
                    <input
                      {...a}
                      type="datetime-local"
                      className="pg-input"
                      value={start ? instantToZonedDateTime(start, DESK_TIME_ZONE) : ''}
                      onChange={(e) => {
                        // What the admin picked is a wall-clock time in the desk's zone; the
                        // rota keeps the instant (an empty or partial date leaves it unset).
                        const at = zonedDateTimeToInstant(e.target.value, DESK_TIME_ZONE);
                        set({ start: at ? at.toISOString() : '' });
                      }}
                    />
                  )}
                </Field>
              </div>
            </div>
          );
        })}
        <SaveBar save={save} label={t('Save rotas')} />
      </form>
    </Card>
  );
}

/** Out-of-office: who covers whom, when. */
function Absences() {
  const { system, organisation, nameOf } = useDesk();
  const [draft, setDraft] = useState<DelegationRule>({ user: '', delegate: '', from: '', to: '' });
  const save = useSave();
  const at = `/delegations/${organisation.delegations.length}`;
  const update = (delegations: DemoOrganisation['delegations'], done: string) =>
    save.run(() => system.admin.updateOrganisation({ ...organisation, delegations }), done);
  return (
    <Card title={t('Out of office')}>
      <ul className="pg-list">
        {organisation.delegations.map((d, i) => (
          <li key={`${d.user}-${d.from}-${i}`} className="pg-toolbar">
            <span>
              <strong>{nameOf(d.user)}</strong>{' '}
              {t('is away from {from} to {to}; new work goes to {who}.', {
                from: d.from,
                to: d.to,
                who: nameOf(d.delegate),
              })}
            </span>
            <button
              type="button"
              className="pg-button pg-button-ghost"
              onClick={() =>
                void update(
                  organisation.delegations.filter((_, j) => j !== i),
                  t('Absence removed.'),
                )
              }
            >
              {t('Remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="pg-form"
        aria-label={t('Add an absence')}
        onSubmit={(e) => {
          e.preventDefault();
          void update([...organisation.delegations, draft], t('Absence added.')).then(
            (ok) => ok && setDraft({ user: '', delegate: '', from: '', to: '' }),
          );
        }}
      >
        <div className="pg-form-row">
          <UserSelect
            label={t('Away')}
            placeholder={t('Choose…')}
            value={draft.user}
            onChange={(user) => setDraft((d) => ({ ...d, user }))}
            invalid={!!issueAt(save.issues, `${at}/user`)}
          />
          <UserSelect
            label={t('Covered by')}
            placeholder={t('Choose…')}
            value={draft.delegate}
            onChange={(delegate) => setDraft((d) => ({ ...d, delegate }))}
            invalid={!!issueAt(save.issues, `${at}/delegate`)}
          />
          <Field label={t('From')} issue={issueAt(save.issues, `${at}/from`)}>
            {(a) => (
              <input
                {...a}
                type="date"
                className="pg-input"
                value={draft.from}
                onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
              />
            )}
          </Field>
          <Field label={t('To')} issue={issueAt(save.issues, `${at}/to`)}>
            {(a) => (
              <input
                {...a}
                type="date"
                className="pg-input"
                value={draft.to}
                onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
              />
            )}
          </Field>
        </div>
        <SaveBar save={save} label={t('Add absence')} secondary />
      </form>
    </Card>
  );
}

/** The directory, editable: people, groups, on-call rotas, out of office. */
export function DirectoryTab() {
  return (
    <>
      <People />
      <Entries kind="roles" />
      <Entries kind="groups" />
      <div className="pg-grid-2">
        <Entries kind="departments" />
        <OnCall />
      </div>
      <Absences />
    </>
  );
}
