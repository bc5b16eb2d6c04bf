import {
  DurationInput,
  ExpressionInput,
  formFieldChoices,
  useDesignerTranslator,
} from '@deskkit/designer';
import { type FieldChoice, showText, withVariant } from '@deskkit/forms';
import { getLocale } from '../../locale/locale';
import { shownText } from '../../locale/text';
import type {
  CalendarSpec,
  Issue,
  LocalizedDefinition,
  LocalizedText,
  SlaPolicy as WrittenPolicy,
} from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk, useDeskQuery } from '../../desk/DeskContext';
import { t } from '../../i18n';
import { Card, Empty, ErrorNote, Loading } from '../../ui/layout';
import {
  DesignerField,
  Field,
  issueAt,
  parseNumbers,
  SaveBar,
  TextField,
  useSave,
} from './editing';
import { latestDefinitions } from '../studio/studio';

/** A policy as written: its name may carry a variant per locale. */
type SlaPolicy = WrittenPolicy<LocalizedText>;

/** A policy as the form edits it: every value as text. */
interface PolicyDraft {
  id: string;
  /** The name in the desk's language; saving writes that language's variant when it changed. */
  name: string;
  written: LocalizedText;
  when: string;
  response: string;
  resolution: string;
  calendar: string;
  warnAt: string;
  start: string;
  pause: string;
  stop: string;
  /** Keys the form does not edit (actions on warning/breach, policy change) are kept. */
  rest: Partial<SlaPolicy>;
}

const conditions = ['start', 'pause', 'stop'] as const;
const conditionHints: Record<(typeof conditions)[number], string> = {
  start: 'Default: the clocks start when the ticket is raised.',
  pause: "Default: $ticket.status = 'pending' (on hold).",
  stop: 'Default: resolved, closed or rejected.',
};

function toDraft(p: SlaPolicy): PolicyDraft {
  const { id, name, when, targets, calendar, warnAt, start, pause, stop, ...rest } = p;
  return {
    id,
    name: shownText(name),
    written: name,
    when: when ?? '',
    response: targets.response ?? '',
    resolution: targets.resolution ?? '',
    calendar: calendar ?? '24x7',
    warnAt: (warnAt ?? []).join(', '),
    start: start ?? '',
    pause: pause ?? '',
    stop: stop ?? '',
    rest,
  };
}

/** The policy's name as written: the desk language's variant replaced when it was edited. */
function nameOf(d: PolicyDraft): LocalizedText {
  const name = d.name.trim();
  if (typeof d.written === 'string' || name === shownText(d.written)) {
    return typeof d.written === 'string' ? name : d.written;
  }
  return withVariant(d.written, getLocale(), name, Object.keys(d.written)) ?? '';
}

function toPolicies(
  drafts: PolicyDraft[],
): { policies: SlaPolicy[]; issues?: undefined } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const policies = drafts.map((d, i): SlaPolicy => {
    const warnAt = parseNumbers(d.warnAt);
    if (!warnAt)
      issues.push({
        path: `/sla/${i}/warnAt`,
        code: 'INVALID_VALUE',
        severity: 'error',
        message: t('Write the warning thresholds as percentages, e.g. 50, 75.'),
      });
    const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
    return {
      ...d.rest,
      id: d.id,
      name: nameOf(d),
      ...optional('when', d.when),
      targets: {
        ...optional('response', d.response),
        ...optional('resolution', d.resolution),
      },
      calendar: d.calendar,
      ...(warnAt?.length ? { warnAt } : {}),
      ...optional('start', d.start),
      ...optional('pause', d.pause),
      ...optional('stop', d.stop),
    };
  });
  return issues.length ? { issues } : { policies };
}

function PolicyCard(props: {
  index: number;
  draft: PolicyDraft;
  count: number;
  issues: Issue[];
  calendars: Array<[string, string]>;
  calendarSpecs: Record<string, CalendarSpec>;
  /** The workflow's form fields, for the condition builder. */
  fields: FieldChoice[];
  onChange(next: PolicyDraft): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}) {
  const { index: i, draft } = props;
  const base = `/sla/${i}`;
  // The designer's duration and condition inputs, in the desk's language.
  const dt = useDesignerTranslator();
  // Working time on a business calendar, calendar time around the clock.
  const working = draft.calendar !== '24x7';
  const calendarName = props.calendars.find(([id]) => id === draft.calendar)?.[1] ?? draft.calendar;
  const duration = (key: 'response' | 'resolution', label: string) => (
    <DesignerField issue={issueAt(props.issues, `${base}/targets/${key}`)}>
      <DurationInput
        label={label}
        value={draft[key]}
        t={dt}
        {...(working
          ? { calendar: calendarName, calendarSpec: props.calendarSpecs[draft.calendar] }
          : {})}
        onChange={(value) => set({ [key]: value ?? '' })}
      />
    </DesignerField>
  );
  const condition = (key: 'when' | (typeof conditions)[number], label: string, hint: string) => (
    <DesignerField wide hint={hint} issue={issueAt(props.issues, `${base}/${key}`)}>
      <ExpressionInput
        condition
        optional
        label={label}
        value={draft[key]}
        fields={props.fields}
        t={dt}
        onChange={(value) => set({ [key]: value })}
      />
    </DesignerField>
  );
  const set = (patch: Partial<PolicyDraft>) => props.onChange({ ...draft, ...patch });
  const text = (key: 'name' | 'warnAt', label: string, path: string, hint?: string) => (
    <TextField
      label={label}
      issue={issueAt(props.issues, `${base}/${path}`)}
      {...(hint ? { hint } : {})}
      value={draft[key]}
      onChange={(value) => set({ [key]: value })}
    />
  );
  return (
    <li className="pg-policy" aria-label={t('Policy {name}', { name: draft.name || draft.id })}>
      <div className="pg-policy-head">
        <strong>
          {i + 1}. {draft.name || draft.id}
        </strong>
        <span className="pg-actions-bar">
          <button
            type="button"
            className="pg-button pg-button-ghost"
            disabled={i === 0}
            onClick={() => props.onMove(-1)}
          >
            {t('Move up')}
          </button>
          <button
            type="button"
            className="pg-button pg-button-ghost"
            disabled={i === props.count - 1}
            onClick={() => props.onMove(1)}
          >
            {t('Move down')}
          </button>
          <button type="button" className="pg-button pg-button-danger" onClick={props.onRemove}>
            {t('Remove')}
          </button>
        </span>
      </div>
      <div className="pg-form-row">{text('name', t('Name'), 'name')}</div>
      {condition('when', t('Applies when'), t('Empty: every ticket.'))}
      <div className="pg-form-row">
        <Field label={t('Calendar')} issue={issueAt(props.issues, `${base}/calendar`)}>
          {(a) => (
            <select
              {...a}
              className="pg-input"
              value={draft.calendar}
              onChange={(e) => set({ calendar: e.target.value })}
            >
              {props.calendars.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('warnAt', t('Warn at (%)'), 'warnAt', t('e.g. 50, 75'))}
      </div>
      <div className="pg-form-row">
        {duration('response', t('Response target'))}
        {duration('resolution', t('Resolution target'))}
      </div>
      {conditions.map((c) => (
        <div key={c}>
          {condition(c, t(`${c[0]!.toUpperCase()}${c.slice(1)} when`), t(conditionHints[c]))}
        </div>
      ))}
    </li>
  );
}

/** The workflow's latest version as written (texts with every locale's variant), then its editor. */
function WorkflowPolicies(props: { workflow: string; name: string; version: number }) {
  // `getDefinition` serves texts in the reader's language: publishing what it gave would drop the
  // other languages' policy names. The versions are the definitions as written.
  const written = useDeskQuery(
    ({ client }) =>
      client
        .versions(props.workflow)
        .then((list) => list.find((v) => v.version === props.version)?.definition ?? null),
    [props.workflow, props.version],
  );
  if (written.error && !written.data) return <ErrorNote error={written.error} />;
  if (!written.data) return <Loading />;
  return <PolicyEditor {...props} definition={written.data} />;
}

function PolicyEditor(props: {
  workflow: string;
  name: string;
  version: number;
  definition: LocalizedDefinition;
}) {
  const { client, settings } = useDesk();
  const [drafts, setDrafts] = useState(() => (props.definition.sla ?? []).map(toDraft));
  const fields = formFieldChoices(
    props.definition,
    showText(getLocale(), props.definition.locales),
  );
  const save = useSave();
  const calendars: Array<[string, string]> = [
    ['24x7', settings.calendarNames['24x7'] ?? t('Around the clock (24×7)')],
    ...Object.keys(settings.calendars)
      .filter((id) => id !== '24x7')
      .map((id): [string, string] => [id, settings.calendarNames[id] ?? id]),
  ];
  const publish = async () => {
    const parsed = toPolicies(drafts);
    if (parsed.issues) return save.refuse(parsed.issues);
    await save.run(
      async () => {
        // A new version with these policies, published as the admin (the runtime checks it).
        return client.publish({ ...props.definition, sla: structuredClone(parsed.policies) });
      },
      t('Published {name} version {version}: new tickets use these policies.', {
        name: props.name,
        version: props.version + 1,
      }),
    );
  };
  const move = (i: number, by: -1 | 1) =>
    setDrafts((list) => {
      const next = [...list];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      return next;
    });
  return (
    <form
      aria-label={t('SLA policies of {name}', { name: props.name })}
      onSubmit={(e) => {
        e.preventDefault();
        void publish();
      }}
    >
      <p className="pg-muted">
        {t(
          'Version {version} is published. The first policy whose condition holds applies to a ticket.',
          { version: props.version },
        )}
      </p>
      {drafts.length === 0 ? (
        <Empty>{t('No SLA policy: tickets of this workflow have no clock.')}</Empty>
      ) : null}
      <ol className="pg-policies">
        {drafts.map((d, i) => (
          <PolicyCard
            key={d.id}
            index={i}
            draft={d}
            count={drafts.length}
            issues={save.issues}
            calendars={calendars}
            calendarSpecs={settings.calendars}
            fields={fields}
            onChange={(next) => setDrafts((list) => list.map((x, j) => (j === i ? next : x)))}
            onMove={(by) => move(i, by)}
            onRemove={() => setDrafts((list) => list.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <SaveBar save={save} label={t('Publish version {version}', { version: props.version + 1 })}>
        <button
          type="button"
          className="pg-button"
          onClick={() =>
            setDrafts((list) => [
              ...list,
              toDraft({
                id: `policy-${Date.now().toString(36)}`,
                name: t('New policy'),
                targets: { resolution: 'P1D' },
                calendar: '24x7',
                warnAt: [75],
              }),
            ])
          }
        >
          {t('+ Add policy')}
        </button>
      </SaveBar>
    </form>
  );
}

/**
 * SLA policies per workflow: targets per priority, warning thresholds, calendar, start / pause /
 * stop conditions. Saving publishes a new version through the runtime, which checks it.
 */
export function SlaTab() {
  const defs = useDeskQuery(({ client }) => latestDefinitions(client), []);
  const [chosen, setChosen] = useState('incident');
  if (defs.error && !defs.data) return <ErrorNote error={defs.error} />;
  if (!defs.data) return <Loading />;
  const record = defs.data.find((r) => r.key === chosen) ?? defs.data[0];
  return (
    <Card
      title={t('SLA policies')}
      actions={
        <label className="pg-inline-field">
          <span>{t('Workflow')}</span>
          <select
            className="pg-input"
            value={record?.key ?? ''}
            onChange={(e) => setChosen(e.target.value)}
          >
            {defs.data.map((r) => (
              <option key={r.key} value={r.key}>
                {shownText(r.definition.name, r.definition)} (
                {t('{n} policies', { n: r.definition.sla?.length ?? 0 })})
              </option>
            ))}
          </select>
        </label>
      }
    >
      {record ? (
        <WorkflowPolicies
          key={record.key}
          workflow={record.key}
          name={shownText(record.definition.name, record.definition)}
          version={record.version}
        />
      ) : null}
    </Card>
  );
}
