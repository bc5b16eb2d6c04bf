import { WorkflowDesigner } from '@deskkit/designer';
import type { DefinitionRecord, WorkflowDefinition } from '@deskkit/runtime';
import { useMemo, useState } from 'react';
import { demoHandlers } from '../desk/handlers';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { organisationDirectory } from '../desk/people';
import { t } from '../i18n';
import { href, navigate } from '../shell/router';
import { formatDateTime } from '../ui/chips';
import { Card, Empty, ErrorNote, Loading, PageHeader } from '../ui/layout';

/** A new workflow: one task for the service desk between start and end, a one-field form. */
export function blankWorkflow(key: string, name: string): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key,
    name,
    catalog: ['New services'],
    title: 'summary',
    permissions: { start: [{ role: 'employee' }] },
    form: {
      schema: {
        type: 'object',
        required: ['summary'],
        properties: { summary: { type: 'string', title: 'Summary' } },
      },
      ui: { fields: { summary: { widget: 'text' } } },
    },
    nodes: [
      { id: 'start', type: 'start', name: 'Request', position: { x: 0, y: 10 } },
      {
        id: 'handle',
        type: 'task',
        name: 'Handle',
        position: { x: 280, y: 0 },
        assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
        actions: ['claim', 'release', 'submit', 'comment'],
      },
      { id: 'end', type: 'end', name: 'Done', position: { x: 584, y: 10 } },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'handle' },
      { id: 'e2', from: 'handle', to: 'end' },
    ],
  };
}

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

function Editor(props: {
  initial: WorkflowDefinition;
  isNew: boolean;
  versions: DefinitionRecord[];
  onPublished(message: string): void;
}) {
  const { client, organisation, settings } = useDesk();
  const [draft, setDraft] = useState(props.initial);
  const workflows = useDeskQuery(async ({ system }) => {
    const summaries = await system.workflows();
    return summaries.map((w) => ({
      key: w.key,
      name: w.name,
      versions: [w.version],
      fields: w.fields,
    }));
  }, []);
  const directory = useMemo(() => organisationDirectory(organisation), [organisation]);
  const publish = async (def: WorkflowDefinition) => {
    const result = await client.publish(def);
    props.onPublished(
      t('Published {key} version {version}.', { key: result.key, version: result.version }),
    );
    if (props.isNew) navigate('studio', result.key);
  };
  return (
    <>
      <div className="pg-studio-canvas">
        <WorkflowDesigner
          value={draft}
          onChange={setDraft}
          onPublish={publish}
          directory={directory}
          workflows={workflows.data ?? []}
          calendars={Object.keys(settings.calendars)}
          rotas={organisation.rotas.map((r) => r.id)}
          handlers={Object.keys(demoHandlers)}
          height={720}
        />
      </div>
    </>
  );
}

/** Design forms and workflows, publish new versions and see every version. */
export function StudioPage({ params }: { params: string[] }) {
  const { user, nameOf } = useDesk();
  const [mode, key, name] =
    params[0] === 'new' ? ['new', params[1], params[2]] : ['edit', params[0], undefined];
  const isAdmin = user.roles?.includes('admin') ?? false;
  const [message, setMessage] = useState('');
  const data = useDeskQuery(
    async ({ system }) => {
      const latest = await system.admin.definitions();
      const versions = key && mode === 'edit' ? await system.admin.definitionVersions(key) : [];
      return { latest, versions };
    },
    [key, mode],
  );
  if (!isAdmin) {
    return (
      <>
        <PageHeader
          title={t('Studio')}
          hint={t('Design forms and workflows, publish new versions.')}
        />
        <Empty>
          {t('Only administrators may design and publish workflows. Sign in as Ada Admin.')}
        </Empty>
      </>
    );
  }
  if (data.error && !data.data) return <ErrorNote error={data.error} />;
  if (!data.data) return <Loading />;
  const { latest, versions } = data.data;
  const current = versions[versions.length - 1];
  const initial =
    mode === 'new' && key
      ? blankWorkflow(key, name ?? key)
      : current
        ? current.definition
        : undefined;

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
      <div className="pg-studio">
        <div className="pg-studio-side">
          <Card title={t('Workflows')}>
            <ul className="pg-versions" aria-label={t('Workflows')}>
              {latest.map((r) => (
                <li key={r.key}>
                  <a href={href('studio', r.key)} aria-current={r.key === key ? 'page' : undefined}>
                    {r.definition.name}
                  </a>{' '}
                  <span className="pg-muted">v{r.version}</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('New workflow')}>
            <NewWorkflow existing={latest.map((r) => r.key)} />
          </Card>
          {versions.length ? (
            <Card title={t('Versions')}>
              <ol className="pg-versions" aria-label={t('Versions')} reversed>
                {[...versions].reverse().map((v) => (
                  <li key={v.version}>
                    <strong>v{v.version}</strong>{' '}
                    <span className="pg-muted">
                      {formatDateTime(v.publishedAt)} · {nameOf(v.publishedBy)}
                    </span>
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}
        </div>
        <div>
          {initial ? (
            <Editor
              key={`${mode}-${key}-${current?.version ?? 0}`}
              initial={initial}
              isNew={mode === 'new'}
              versions={versions}
              onPublished={setMessage}
            />
          ) : (
            <Empty>{t('Pick a workflow to edit, or create a new one.')}</Empty>
          )}
        </div>
      </div>
    </>
  );
}
