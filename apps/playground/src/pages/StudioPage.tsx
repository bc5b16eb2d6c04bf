import {
  PermissionError,
  type DefinitionRecord,
  type DraftRecord,
  type LocalizedDefinition,
} from '@deskkit/runtime';
import { WorkflowSimulator } from '@deskkit/designer';
import { useCallback, useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { demoHandlers } from '../desk/handlers';
import { t } from '../i18n';
import { ErrorText, useDescribeError } from '../ui/errors';
import { href, navigate } from '../shell/router';
import { formatDateTime } from '../ui/chips';
import { Card, Empty, ErrorNote, Loading, PageHeader, TabList } from '../ui/layout';
import { blankWorkflow, forDesigner } from './studio/studio';
import { CompareVersions, type ComparedVersion } from './studio/CompareVersions';
import { StudioEditor } from './studio/StudioEditor';
import { MigrateTickets } from './studio/MigrateTickets';
import { VersionList } from './studio/VersionList';

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function NewWorkflow({ existing }: { existing: string[] }) {
  const [name, setName] = useState('');
  const key = slug(name);
  const taken = existing.includes(key);
  return (
    <form
      className="pg-new-workflow"
      onSubmit={(e) => {
        e.preventDefault();
        if (key && !taken) navigate('studio', 'new', key, name.trim());
      }}
    >
      <label className="pg-field">
        <span>{t('New workflow name')}</span>
        <input
          className="pg-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('e.g. Software request')}
        />
      </label>
      {taken ? (
        <p className="pg-muted">{t('A workflow with the key {key} exists.', { key })}</p>
      ) : null}
      <button type="submit" className="pg-button pg-button-primary" disabled={!key || taken}>
        {t('Create')}
      </button>
    </form>
  );
}

type View = 'design' | 'simulate' | 'compare' | 'migrate';
const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'design', label: 'Design' },
  { id: 'simulate', label: 'Simulate' },
  { id: 'compare', label: 'Compare versions' },
  { id: 'migrate', label: 'Migrate tickets' },
];

/** The sides a comparison may take: each version, the saved draft, the edits in the designer. */
function comparable(
  versions: readonly DefinitionRecord[],
  draft: DraftRecord | null,
  edits: LocalizedDefinition | null,
): Map<string, ComparedVersion> {
  const sides = new Map<string, ComparedVersion>();
  for (const v of versions)
    sides.set(`v${v.version}`, { label: `v${v.version}`, definition: v.definition });
  if (draft) sides.set('draft', { label: t('the draft'), definition: draft.definition });
  if (edits) sides.set('edits', { label: t('your edits'), definition: edits });
  return sides;
}

/**
 * Design forms and workflows: the workflow picked in the list opens in the designer (its draft
 * when it has one), drafts are saved for the other administrators, leaving with unsaved edits
 * asks first; every version with who published it and when, a comparison of any two, rollback,
 * and the migration of running tickets to another version.
 */
export function StudioPage({ params }: { params: string[] }) {
  const { nameOf, client, organisation, settings, now } = useDesk();
  const [simulationStart] = useState(now);
  // Sub-workflow steps run in the simulation on the published versions, read through the client.
  const loadWorkflow = useCallback(
    (k: string, version?: number) => client.getDefinition(k, version),
    [client],
  );
  const [mode, key, name] =
    params[0] === 'new' ? ['new', params[1], params[2]] : ['edit', params[0], undefined];
  const [message, setMessage] = useState('');
  // Shown in the desk's language: a Deskkit error by its code, through the one i18n layer.
  const [error, setError] = useState<unknown>(null);
  const describe = useDescribeError();
  const [view, setView] = useState<View>('design');
  // The versions picked for comparison belong to the workflow they were picked in.
  const [pickedFor, setPicked] = useState<{ key: string | undefined; sides: string[] }>({
    key,
    sides: [],
  });
  const picked = pickedFor.key === key ? pickedFor.sides : [];
  const [edits, setEdits] = useState<{ key: string; value: LocalizedDefinition } | null>(null);
  const [busy, setBusy] = useState(false);
  const data = useDeskQuery(
    async ({ client }) => {
      // The runtime decides who may publish: its refusal is what this page says to anyone else.
      const workflows = await client.studioWorkflows();
      const editing = key && mode === 'edit' && workflows.some((w) => w.key === key && w.latest);
      const [versions, draft] = await Promise.all([
        editing ? client.versions(key) : Promise.resolve([]),
        key && workflows.some((w) => w.key === key) ? client.getDraft(key) : Promise.resolve(null),
      ]);
      return { loadedFor: `${mode}:${key ?? ''}`, workflows, versions, draft };
    },
    [key, mode],
  );
  if (data.error && !data.data) {
    return data.error instanceof PermissionError ? (
      <>
        <PageHeader
          title={t('Studio')}
          hint={t('Design forms and workflows, publish new versions.')}
        />
        <Empty>
          {t('Only administrators may design and publish workflows. Sign in as Ada Admin.')}
        </Empty>
      </>
    ) : (
      <ErrorNote error={data.error} />
    );
  }
  if (!data.data) return <Loading />;
  const { workflows, versions, draft } = data.data;
  // Until the picked workflow's versions and draft arrive, the answer held is the previous
  // workflow's: the designer must not open on it (it keeps what it opened with).
  const loaded = data.data.loadedFor === `${mode}:${key ?? ''}`;
  const current = versions[versions.length - 1];
  const published = mode === 'new' && key ? null : (current?.definition ?? null);
  const initial =
    draft?.definition ?? (mode === 'new' && key ? blankWorkflow(key, name ?? key) : published);
  const editsHere = edits && edits.key === key ? edits.value : null;
  const sides = comparable(versions, draft, editsHere);
  const [fromSide, toSide] =
    picked.length === 2
      ? picked
      : [
          versions.length > 1
            ? `v${versions[versions.length - 2]!.version}`
            : `v${current?.version ?? 0}`,
          editsHere ? 'edits' : draft ? 'draft' : `v${current?.version ?? 0}`,
        ];
  const pick = (side: string) => {
    const next = picked.includes(side)
      ? picked.filter((x) => x !== side)
      : [...picked, side].slice(-2);
    setPicked({ key, sides: next });
    if (next.length === 2) setView('compare');
  };
  const rollback = async (version: number) => {
    if (!key) return;
    const question = t(
      'Publish v{version} again as the newest version of {key}? Running tickets stay on their versions.',
      { version, key },
    );
    if (!window.confirm(question)) return;
    setBusy(true);
    setError(null);
    try {
      const done = await client.rollback(key, version);
      setMessage(
        t('Rolled {key} back: v{version} is live again as v{next}.', {
          key,
          version,
          next: done.version,
        }),
      );
      data.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('Studio')}
        hint={t('Design forms and workflows, publish new versions.')}
      />
      {message ? (
        <p className="pg-notice" role="status">
          {message}
        </p>
      ) : null}
      {error ? (
        <p className="pg-error" role="alert">
          <ErrorText error={describe(error)} />
        </p>
      ) : null}
      <div className="pg-studio">
        <div className="pg-studio-side">
          <Card title={t('Workflows')}>
            <ul className="pg-versions" aria-label={t('Workflows')}>
              {workflows.map((w) => (
                <li key={w.key}>
                  <a
                    href={w.latest ? href('studio', w.key) : href('studio', 'new', w.key, w.name)}
                    aria-current={w.key === key ? 'page' : undefined}
                  >
                    {w.name}
                  </a>{' '}
                  {w.latest ? (
                    <span className="pg-muted">v{w.latest.version}</span>
                  ) : (
                    <span className="pg-muted">{t('not published')}</span>
                  )}
                  {w.draft ? <span className="pg-chip"> {t('draft')}</span> : null}
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('New workflow')}>
            <NewWorkflow existing={workflows.map((w) => w.key)} />
          </Card>
          {loaded && versions.length ? (
            <Card title={t('Versions')}>
              <VersionList
                versions={versions}
                nameOf={nameOf}
                picked={picked.flatMap((p) => (/^v\d+$/.test(p) ? [Number(p.slice(1))] : []))}
                onPick={(v) => pick(`v${v}`)}
                onRollback={(v) => void rollback(v)}
                busy={busy}
              />
            </Card>
          ) : null}
        </div>
        <div>
          {!loaded ? (
            <Loading />
          ) : initial && key ? (
            <>
              {mode === 'edit' ? (
                <TabList
                  label={t('Studio views')}
                  tabs={VIEWS.map((x) => ({ id: x.id, label: t(x.label) }))}
                  selected={view}
                  onSelect={setView}
                />
              ) : null}
              <div hidden={view !== 'design' && mode === 'edit'}>
                <StudioEditor
                  key={`${mode}-${key}`}
                  initial={initial}
                  published={published}
                  draft={draft}
                  isNew={mode === 'new'}
                  onMessage={setMessage}
                  onEdit={(value) => setEdits({ key, value })}
                  onSaved={() => data.reload()}
                />
              </div>
              {view === 'simulate' && mode === 'edit' ? (
                <div className="pg-tabpanel">
                  <WorkflowSimulator
                    definition={forDesigner(editsHere ?? initial)}
                    people={organisation}
                    calendars={settings.calendars}
                    start={simulationStart}
                    formatTime={formatDateTime}
                    handlers={demoHandlers}
                    loadWorkflow={loadWorkflow}
                  />
                </div>
              ) : null}
              {view === 'compare' && mode === 'edit' ? (
                <div className="pg-tabpanel">
                  <div className="pg-compare-pick">
                    {(['from', 'to'] as const).map((side, i) => (
                      <label key={side} className="pg-field">
                        <span>{side === 'from' ? t('Compare') : t('with')}</span>
                        <select
                          className="pg-input"
                          value={i === 0 ? fromSide : toSide}
                          onChange={(e) =>
                            setPicked({
                              key,
                              sides:
                                i === 0 ? [e.target.value, toSide!] : [fromSide!, e.target.value],
                            })
                          }
                        >
                          {[...sides].map(([id, v]) => (
                            <option key={id} value={id}>
                              {v.label}
                            </option>
                          ))}
                        </select>
                      </label>
                    ))}
                  </div>
                  {sides.get(fromSide!) && sides.get(toSide!) ? (
                    <CompareVersions before={sides.get(fromSide!)!} after={sides.get(toSide!)!} />
                  ) : null}
                </div>
              ) : null}
              {view === 'migrate' && mode === 'edit' ? (
                <div className="pg-tabpanel">
                  <MigrateTickets
                    key={current?.version}
                    versions={versions}
                    run={(input) => client.migrateTickets(input)}
                  />
                </div>
              ) : null}
            </>
          ) : (
            <Empty>{t('Pick a workflow to edit, or create a new one.')}</Empty>
          )}
        </div>
      </div>
    </>
  );
}
