import type {
  FieldPermission,
  FormDefinition,
  LocalizedText,
  NodeType,
  Principal,
  WorkflowDefinition,
} from '@deskkit/runtime';
import { localizeDefinition } from '@deskkit/runtime/i18n';
import type { ReactElement } from 'react';
import { useEffect, useId, useMemo, useState } from 'react';
import { LocalizedTextInput } from '../localized/LocalizedTextInput';
import { FormRenderer } from '../renderer/FormRenderer';
import type { FormRendererProps } from '../renderer/FormRenderer.types';
import { useI18n } from '../i18n/I18nProvider';
import { checkFormDefinition } from './checkForm';
import { addTemplate, removeTemplate, setTemplate, type TemplateChange } from './commands';
import { useBuilder } from './context';
import { previewAccess, roleWorks, rolesNamed, workersAt, type PreviewAudience } from './previewAs';

/** A step the preview can impersonate. */
export interface BuilderStep {
  id: string;
  name: string;
  /** Field permissions at this step (as in the workflow's node). */
  fields?: Record<string, FieldPermission>;
  /** The node type (the `start` node defaults unlisted fields to `edit`, others to `read`). */
  type?: NodeType;
  /** Who works the step, for "preview as a role" when the builder has no definition. */
  workers?: Principal[];
}

type RendererServices = Pick<
  FormRendererProps,
  'widgets' | 'directory' | 'dataSources' | 'upload' | 'validator' | 'translate' | 'messages'
>;

/** The audience select's value: `worker`, `viewer`, or `role:<id>`. */
const audienceOf = (value: string): PreviewAudience =>
  value.startsWith('role:')
    ? { kind: 'role', role: value.slice(5) }
    : value === 'viewer'
      ? { kind: 'viewer' }
      : { kind: 'worker' };

/**
 * The form as a requester or as any step sees it, as whoever works the step, as someone with a
 * given role, or as a viewer, with the permissions the runtime would apply (`previewAccess`).
 */
export function Preview(props: {
  steps: BuilderStep[];
  /** The definition as written; the preview reads it in the UI locale. */
  definition?: WorkflowDefinition<LocalizedText>;
  services: RendererServices;
  /** Roles offered besides those the definition names (the directory's). */
  roles?: readonly string[];
}): ReactElement {
  const { t, shown: form, text } = useBuilder();
  const [step, setStep] = useState('');
  const [audience, setAudience] = useState('worker');
  const [data, setData] = useState<Record<string, unknown>>({});
  const selectId = useId();
  const viewerId = useId();
  const def: WorkflowDefinition = useMemo(
    () =>
      props.definition
        ? { ...localizeDefinition(props.definition, (x) => text(x)), form }
        : ({
            schemaVersion: 1,
            key: 'preview',
            name: 'preview',
            form,
            nodes: props.steps.map((s) => ({
              id: s.id,
              type: s.type ?? 'task',
              ...(s.fields ? { fields: s.fields } : {}),
              ...(s.workers ? { assign: { strategy: 'claim', to: s.workers } } : {}),
            })),
            edges: [],
          } as unknown as WorkflowDefinition),
    [props.definition, props.steps, form, text],
  );
  // The directory's roles too, when the host gives a directory that lists them.
  const [listed, setListed] = useState<string[]>([]);
  const directory = props.services.directory;
  useEffect(() => {
    let live = true;
    directory?.list?.('role').then(
      (found) => live && setListed(found.map((r) => r.id)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [directory]);
  const roles = useMemo(
    () => rolesNamed(def, [...(props.roles ?? []), ...listed]),
    [def, props.roles, listed],
  );
  const chosen = props.steps.find((s) => s.id === step);
  const who = audienceOf(audience);
  // For a role the step does not name: who the role and the step's workers stand for, asked of
  // the directory, so a role that works the step through a group or a person can edit.
  const [members, setMembers] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const asked = useMemo(
    () =>
      who.kind === 'role' && directory?.members
        ? [{ role: who.role } as Principal, ...workersAt(def, chosen)]
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [audience, def, chosen, directory],
  );
  useEffect(() => {
    if (!asked.length || !directory?.members) return;
    let live = true;
    const members = directory.members.bind(directory);
    Promise.all(asked.map(async (p) => [JSON.stringify(p), await members(p)] as const)).then(
      (found) => live && setMembers(new Map(found)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [asked, directory]);
  const access = useMemo(
    () => previewAccess(def, chosen, audienceOf(audience), (p) => members.get(JSON.stringify(p))),
    [def, chosen, audience, members],
  );
  const note =
    who.kind !== 'role'
      ? ''
      : t(
          chosen
            ? access.works
              ? roleWorks(who.role, workersAt(def, chosen))
                ? 'builder.previewRoleWorks'
                : 'builder.previewRoleWorksVia'
              : 'builder.previewRoleViews'
            : access.works
              ? 'builder.previewRoleStarts'
              : 'builder.previewRoleCannotStart',
          { role: who.role },
        );
  return (
    <div className="dk-builder__preview">
      <div className="dk-builder__previewbar">
        <label htmlFor={selectId} className="dk-field__label">
          {t('builder.previewAs')}
        </label>
        <select
          id={selectId}
          className="dk-input dk-select"
          value={step}
          onChange={(e) => setStep(e.target.value)}
        >
          <option value="">{t('builder.previewDesigner')}</option>
          {props.steps.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label htmlFor={viewerId} className="dk-field__label">
          {t('builder.previewSeenBy')}
        </label>
        <select
          id={viewerId}
          className="dk-input dk-select"
          value={audience}
          onChange={(e) => setAudience(e.target.value)}
        >
          <option value="worker">{t('builder.previewWorker')}</option>
          {roles.length > 0 ? (
            <optgroup label={t('builder.previewRoles')}>
              {roles.map((r) => (
                <option key={r} value={`role:${r}`}>
                  {t('builder.previewRole', { role: r })}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value="viewer">{t('builder.previewViewer')}</option>
        </select>
      </div>
      {note ? (
        <p className="dk-muted" role="status">
          {note}
        </p>
      ) : null}
      <FormRenderer
        key={`${step}:${audience}`}
        form={form}
        value={data}
        onChange={setData}
        onSubmit={() => undefined}
        {...(access.permissions ? { permissions: access.permissions } : {})}
        {...(access.readOnly ? { readOnly: true, hideSubmit: true } : {})}
        {...props.services}
      />
    </div>
  );
}

/** The form as JSON: export by copying, import by editing and applying (checked first). */
export function JsonView(): ReactElement {
  const { t, form, editForm } = useBuilder();
  const i18n = useI18n();
  const text = useMemo(() => JSON.stringify(form, null, 2), [form]);
  const [draft, setDraft] = useState<string | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const id = useId();
  const value = draft ?? text;
  const apply = (): void => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (err) {
      setProblems([t('builder.jsonInvalid', { reason: (err as Error).message })]);
      setStatus('');
      return;
    }
    const issues = checkFormDefinition(parsed);
    if (issues.length > 0) {
      setProblems(
        issues.map((i) => {
          // A jsonata error inside the issue reads in the UI language too, by its code.
          const params =
            i.params?.errorCode === undefined
              ? i.params
              : { ...i.params, detail: i18n.expressionMessage(i.params) };
          return `${i.path || '/'}: ${t(`issue.${i.code}`, params, i.message)}`;
        }),
      );
      setStatus('');
      return;
    }
    editForm(() => parsed as FormDefinition);
    setDraft(undefined);
    setProblems([]);
    setStatus(t('builder.jsonApplied'));
  };
  return (
    <div className="dk-builder__json">
      <label htmlFor={id} className="dk-field__label">
        {t('builder.json')}
      </label>
      <p className="dk-field__help">{t('builder.jsonHelp')}</p>
      <textarea
        id={id}
        className="dk-input dk-textarea dk-input--mono dk-builder__jsontext"
        spellCheck={false}
        value={value}
        aria-invalid={problems.length > 0 || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus('');
        }}
      />
      {problems.length > 0 && (
        <div className="dk-form__summary" role="alert">
          <p>{t('builder.jsonRejected')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="dk-builder__jsonbar">
        <button
          type="button"
          className="dk-button dk-button--primary"
          disabled={draft === undefined}
          onClick={apply}
        >
          {t('builder.apply')}
        </button>
        <button
          type="button"
          className="dk-button"
          disabled={draft === undefined}
          onClick={() => {
            setDraft(undefined);
            setProblems([]);
          }}
        >
          {t('builder.reset')}
        </button>
        <button
          type="button"
          className="dk-button dk-button--ghost"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setStatus(t('builder.copied')));
          }}
        >
          {t('builder.copy')}
        </button>
        <span role="status" className="dk-muted">
          {status}
        </span>
      </div>
    </div>
  );
}

/** The form's templates: add, rename, describe, fill in values with the form itself, delete. */
export function TemplatesManager(props: { services: RendererServices }): ReactElement {
  const { t, form, shown, text, locales, editForm } = useBuilder();
  const templates = form.templates ?? [];
  const [editing, setEditing] = useState<string | undefined>();
  const edit = (index: number, change: TemplateChange, key?: string): void =>
    editForm((f) => setTemplate(f, index, change), key);
  return (
    <div className="dk-builder__templates">
      {templates.length === 0 && <p className="dk-muted">{t('builder.noTemplates')}</p>}
      {templates.map((tpl, i) => (
        <section key={tpl.id} className="dk-template-card" aria-label={text(tpl.name)}>
          <div className="dk-inspector__pair">
            <LocalizedTextInput
              label={t('builder.templateName')}
              value={tpl.name}
              locales={locales}
              onChange={(name) => edit(i, { name }, `tname:${i}`)}
            />
            <LocalizedTextInput
              label={t('builder.templateDescription')}
              value={tpl.description}
              locales={locales}
              onChange={(description) => edit(i, { description }, `tdesc:${i}`)}
            />
          </div>
          <div className="dk-template-card__bar">
            <span className="dk-muted">
              {t('builder.templateValues')}: {Object.keys(tpl.values).join(', ') || '—'}
            </span>
            <button
              type="button"
              className="dk-button dk-button--small"
              aria-expanded={editing === tpl.id}
              onClick={() => setEditing(editing === tpl.id ? undefined : tpl.id)}
            >
              {editing === tpl.id
                ? t('builder.done')
                : t('builder.editValues', { name: text(tpl.name) })}
            </button>
            <button
              type="button"
              className="dk-button dk-button--small dk-button--danger"
              onClick={() => editForm((f) => removeTemplate(f, i))}
            >
              {t('builder.deleteTemplate', { name: text(tpl.name) })}
            </button>
          </div>
          {editing === tpl.id && (
            <FormRenderer
              form={{
                schema: { ...shown.schema, required: [] },
                ...(shown.ui ? { ui: shown.ui } : {}),
              }}
              value={tpl.values}
              hideSubmit
              onChange={(values) => edit(i, { values }, `tvalues:${i}`)}
              {...props.services}
            />
          )}
        </section>
      ))}
      <button
        type="button"
        className="dk-button"
        onClick={() => editForm((f) => void addTemplate(f, t('builder.newTemplate')))}
      >
        + {t('builder.addTemplate')}
      </button>
    </div>
  );
}
