import { shownText } from '../../locale/text';
import { dateLocale, getLocale } from '../../locale/locale';
import { type Issue, type TicketSchedule } from '@deskkit/runtime';
import { nextRuns, validateSchedule } from '@deskkit/runtime/schedules';
import { localizeDefinition, textPicker } from '@deskkit/runtime/i18n';
import { fieldPermissionsAt, ValidationError } from '@deskkit/runtime';
import { FormRenderer, useI18n } from '@deskkit/forms';
import { ScheduleEditor, useDesignerTranslator } from '@deskkit/designer';
import { useId, useMemo, useState } from 'react';
import { useDesk, useDeskQuery } from '../../desk/DeskContext';
import { t } from '../../i18n';
import { formatDateTime } from '../../ui/chips';
import { Card, Empty, TableHead } from '../../ui/layout';
import { UserSelect } from '../../ui/UserSelect';
import { Field, issueAt, Outcome, SaveBar, TextField, useSave } from './editing';
import { latestDefinitions } from '../studio/studio';
import { useFormServices } from '../formServices';

/** The designer's texts for its schedule builder. */

interface Draft {
  schedule: TicketSchedule;
  dataText: string;
}

const blank = (actor: string): TicketSchedule => ({
  id: '',
  name: '',
  workflow: 'incident',
  actor,
  timeZone: 'Europe/Paris',
  start: '',
  frequency: 'weekly',
  weekdays: ['mon'],
  data: {},
});

/** How many upcoming runs the form previews. */
const previewCount = 5;
/** How far ahead the preview looks for them. */
const previewHorizonMs = 5 * 366 * 86_400_000;

/** A run as the schedule's own time zone shows it: `Mon, 12 Jan 2026, 09:00`. */
export function formatRun(run: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(dateLocale(), {
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(run);
}

/**
 * The next runs of the schedule the form describes, after `now`, as the runtime's
 * `@deskkit/runtime/schedules` computes them, or the issues `validateSchedule` finds (checked
 * live, before saving).
 */
export function previewSchedule(
  candidate: TicketSchedule | Issue[],
  now: Date,
): { runs: Date[]; issues: Issue[] } {
  if (Array.isArray(candidate)) return { runs: [], issues: candidate };
  try {
    validateSchedule(candidate);
    return {
      runs: nextRuns(candidate, now, new Date(now.getTime() + previewHorizonMs), previewCount),
      issues: [],
    };
  } catch (e) {
    if (e instanceof ValidationError) return { runs: [], issues: e.issues };
    return {
      runs: [],
      issues: [
        {
          path: `/schedules/${candidate.id}`,
          code: 'INVALID_VALUE',
          severity: 'error',
          message: e instanceof Error ? e.message : String(e),
        },
      ],
    };
  }
}

/** The field values held as JSON text, as an object (empty when the text is not one). */
function parsedData(text: string): Record<string, unknown> {
  try {
    const data: unknown = text.trim() ? JSON.parse(text) : {};
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** The schedule the form describes, or the issues of the text that does not parse. */
function toSchedule(draft: Draft): TicketSchedule | Issue[] {
  const issues: Issue[] = [];
  const s = { ...draft.schedule };
  let data: unknown;
  try {
    data = draft.dataText.trim() ? JSON.parse(draft.dataText) : {};
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error();
  } catch {
    issues.push({
      path: `/schedules/${s.id}/data`,
      code: 'INVALID_VALUE',
      severity: 'error',
      message: t('Write the field values as a JSON object, e.g. {example}.', {
        example: JSON.stringify({ summary: t('Check backups') }),
      }),
    });
  }
  if (!s.id.trim())
    issues.push({
      path: `/schedules/${s.id}/id`,
      code: 'REQUIRED',
      severity: 'error',
      message: t('Give the schedule an id.'),
    });
  if (issues.length) return issues;
  const out: TicketSchedule = { ...s, data: data as Record<string, unknown> };
  if (s.frequency !== 'rrule') delete out.rrule;
  if (s.frequency !== 'weekly') delete out.weekdays;
  if (s.frequency !== 'monthly') delete out.monthDays;
  for (const key of ['end', 'template', 'name'] as const) if (!out[key]) delete out[key];
  return out;
}

function ScheduleForm(props: {
  initial: TicketSchedule;
  isNew: boolean;
  onDone(saved?: string): void;
}) {
  // The designer's texts for the schedule builder, in the desk's language.
  const designerT = useDesignerTranslator();
  const i18n = useI18n();
  const { system, now } = useDesk();
  const [draft, setDraft] = useState<Draft>(() => ({
    schedule: props.initial,
    dataText: JSON.stringify(props.initial.data ?? {}, null, 2),
  }));
  const save = useSave();
  const workflows = useDeskQuery(({ client }) => latestDefinitions(client), []);
  const services = useFormServices();
  const formId = useId();
  const s = draft.schedule;
  const chosen = workflows.data?.find((w) => w.key === s.workflow)?.definition;
  const form = useMemo(() => {
    if (!chosen) return null;
    // The form in the desk's language, as the requester would see it.
    const shown = localizeDefinition(chosen, textPicker([getLocale()], chosen.locales));
    const start = shown.nodes.find((n) => n.type === 'start');
    return {
      definition: shown,
      permissions: start ? fieldPermissionsAt(shown, start.id) : undefined,
    };
  }, [chosen]);
  const base = `/schedules/${s.id}`;
  const candidate = toSchedule(draft);
  // A new schedule without an id yet still gets its preview; issues keep the form's paths.
  const previewId = s.id || 'new';
  const checked = previewSchedule(
    s.id ? candidate : toSchedule({ ...draft, schedule: { ...s, id: previewId } }),
    now(),
  );
  const preview = {
    runs: checked.runs,
    issues: checked.issues.map((i) => ({
      ...i,
      path: i.path.replace(`/schedules/${previewId}`, base),
    })),
  };
  // What the last save attempt reported, else what the live check finds as the admin types.
  const issue = (key: string) =>
    issueAt(save.issues, `${base}/${key}`) ?? issueAt(preview.issues, `${base}/${key}`);
  const set = (patch: Partial<TicketSchedule>) =>
    setDraft((d) => ({ ...d, schedule: { ...d.schedule, ...patch } }));
  const templates =
    workflows.data?.find((r) => r.key === s.workflow)?.definition.form.templates ?? [];
  const submit = async () => {
    if (Array.isArray(candidate)) return save.refuse(candidate);
    const done = t('Saved schedule {name}.', { name: candidate.name ?? candidate.id });
    const ok = await save.run(
      () =>
        props.isNew
          ? system.admin.createSchedule(candidate)
          : system.admin.updateSchedule(candidate),
      done,
    );
    if (ok) props.onDone(done);
  };
  // The field values are the workflow's own form, a <form> of its own: it sits beside the
  // schedule's <form> (forms do not nest), whose Save button it shares by id.
  return (
    <div
      className="pg-form"
      role="form"
      aria-label={
        props.isNew ? t('New schedule') : t('Edit schedule {name}', { name: s.name ?? s.id })
      }
    >
      <form
        id={formId}
        className="pg-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="pg-form-row">
          {props.isNew ? (
            <TextField
              label={t('Schedule id')}
              issue={issue('id')}
              value={s.id}
              onChange={(value) => set({ id: value.trim() })}
            />
          ) : null}
          <TextField
            label={t('Name')}
            issue={issue('name')}
            value={s.name ?? ''}
            onChange={(value) => set({ name: value })}
          />
          <Field label={t('Workflow')} issue={issue('workflow')}>
            {(a) => (
              <select
                {...a}
                className="pg-input"
                value={s.workflow}
                onChange={(e) => set({ workflow: e.target.value, template: '' })}
              >
                {(workflows.data ?? []).map((r) => (
                  <option key={r.key} value={r.key}>
                    {shownText(r.definition.name, r.definition)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="pg-field">
            <UserSelect
              label={t('Raised by')}
              placeholder={t('Choose…')}
              value={s.actor}
              onChange={(actor) => set({ actor })}
              invalid={!!issue('actor')}
            />
          </div>
          <Field label={t('Template')} issue={issue('template')}>
            {(a) => (
              <select
                {...a}
                className="pg-input"
                value={s.template ?? ''}
                onChange={(e) => set({ template: e.target.value })}
              >
                <option value="">{t('None')}</option>
                {templates.map((tpl) => (
                  <option key={tpl.id} value={tpl.id}>
                    {shownText(tpl.name)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {/* How it repeats and when it ends: the designer's builder, never RRULE text. */}
        <ScheduleEditor
          value={s}
          onChange={(next) => setDraft((d) => ({ ...d, schedule: next }))}
          t={designerT}
          parts="recurrence"
          preview={false}
          standalone
        />
        <div className="pg-form-row">
          <Field label={t('First run (local time)')} issue={issue('start')}>
            {(a) => (
              <input
                {...a}
                type="datetime-local"
                className="pg-input"
                value={s.start}
                onChange={(e) => set({ start: e.target.value })}
              />
            )}
          </Field>
          <TextField
            label={t('Time zone')}
            issue={issue('timeZone')}
            value={s.timeZone}
            onChange={(value) => set({ timeZone: value })}
          />
          <Field label={t('Missed runs')} issue={issue('missed')}>
            {(a) => (
              <select
                {...a}
                className="pg-input"
                value={s.missed ?? 'runOnce'}
                onChange={(e) =>
                  set({ missed: e.target.value as TicketSchedule['missed'] & string })
                }
              >
                <option value="runOnce">{t('Raise one ticket for all')}</option>
                <option value="runAll">{t('Raise one per missed run')}</option>
                <option value="skip">{t('Skip them')}</option>
              </select>
            )}
          </Field>
          <label className="pg-check pg-form-end">
            <input
              type="checkbox"
              checked={s.enabled !== false}
              onChange={(e) => set({ enabled: e.target.checked })}
            />
            {t('Enabled')}
          </label>
        </div>
        {form ? null : (
          <Field label={t('Field values (JSON)')} issue={issue('data')}>
            {(a) => (
              <textarea
                {...a}
                className="pg-input pg-textarea pg-mono"
                value={draft.dataText}
                onChange={(e) => setDraft((d) => ({ ...d, dataText: e.target.value }))}
              />
            )}
          </Field>
        )}
      </form>
      {form ? (
        <fieldset className="pg-fieldset">
          <legend>{t('Field values')}</legend>
          {/* The workflow's own request form, as the schedule's requester fills it. */}
          <FormRenderer
            key={s.workflow}
            form={form.definition.form}
            {...(form.permissions ? { permissions: form.permissions } : {})}
            defaultValue={parsedData(draft.dataText)}
            onChange={(values) =>
              setDraft((d) => ({ ...d, dataText: JSON.stringify(values, null, 2) }))
            }
            hideSubmit
            // The schedule chooses its template above.
            templates={[]}
            directory={services.directory}
            dataSources={services.dataSources}
            upload={services.upload}
          />
          {issue('data') ? (
            <p className="pg-error" role="alert">
              {i18n.findingMessage(issue('data')!)}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <SchedulePreview schedule={s} preview={preview} />
      <SaveBar save={save} label={t('Save schedule')} form={formId}>
        <button type="button" className="pg-button" onClick={() => props.onDone()}>
          {t('Cancel')}
        </button>
      </SaveBar>
    </div>
  );
}

/** The next runs in the schedule's time zone, or why there are none. */
function SchedulePreview(props: {
  schedule: TicketSchedule;
  preview: { runs: Date[]; issues: Issue[] };
}) {
  const i18n = useI18n();
  const { runs, issues } = props.preview;
  const first = issues[0];
  return (
    <section className="pg-schedule-preview" aria-label={t('Next runs')}>
      <h4>{t('Next runs ({zone})', { zone: props.schedule.timeZone })}</h4>
      {first ? (
        <p className="pg-field-error" role="alert">
          {t('No preview: {message}', { message: i18n.findingMessage(first) })}
        </p>
      ) : runs.length ? (
        <ol className="pg-run-list">
          {runs.map((run) => (
            <li key={run.toISOString()}>
              <time dateTime={run.toISOString()}>{formatRun(run, props.schedule.timeZone)}</time>
            </li>
          ))}
        </ol>
      ) : (
        <p className="pg-field-hint">{t('No run after now: the schedule has ended.')}</p>
      )}
    </section>
  );
}

function repeats(s: TicketSchedule): string {
  if (s.frequency === 'rrule') return s.rrule ?? '';
  const every = s.interval && s.interval > 1 ? ` ×${s.interval}` : '';
  const days = s.weekdays?.length
    ? ` (${s.weekdays.join(', ')})`
    : s.monthDays?.length
      ? ` (${s.monthDays.join(', ')})`
      : '';
  return `${s.frequency}${every}${days}`;
}

/** Scheduled tickets (recurrences built with the designer's ScheduleEditor), periodic automations and timers. */
export function SchedulesTab() {
  const i18n = useI18n();
  const { system, user, nameOf } = useDesk();
  const [editing, setEditing] = useState<TicketSchedule | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [notice, setNotice] = useState('');
  const remove = useSave();
  const data = useDeskQuery(async ({ client, system }) => {
    const [records, timers, schedules] = await Promise.all([
      latestDefinitions(client),
      system.admin.timers(),
      system.admin.schedules(),
    ]);
    return { defs: records.map((r) => r.definition), timers, schedules };
  }, []);
  const automations = (data.data?.defs ?? []).flatMap((d) =>
    (d.automations ?? []).map((a) => ({
      workflow: shownText(d.name, d),
      automation: a,
      name: shownText(a.name, d) || a.id,
    })),
  );
  const autoClose = (data.data?.defs ?? []).filter((d) => d.autoClose);
  const timers = [...(data.data?.timers ?? [])].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const schedules = data.data?.schedules ?? [];
  const done = (saved?: string) => {
    setEditing(null);
    setNotice(saved ?? '');
    data.reload();
  };
  return (
    <>
      <Card
        title={t('Scheduled tickets')}
        actions={
          <button
            type="button"
            className="pg-button"
            onClick={() => {
              setEditing(blank(user.id));
              setIsNew(true);
              setNotice('');
            }}
          >
            {t('+ Add schedule')}
          </button>
        }
      >
        {notice ? (
          <p className="pg-notice" role="status">
            {notice}
          </p>
        ) : null}
        <Outcome error={remove.error} notice={remove.notice} />
        {editing && isNew ? <ScheduleForm initial={editing} isNew onDone={done} /> : null}
        {schedules.length === 0 ? (
          <Empty>{t('No ticket is raised on a schedule.')}</Empty>
        ) : (
          <table className="pg-table">
            <TableHead
              columns={[
                t('Schedule'),
                t('Workflow'),
                t('Raised by'),
                t('Repeats'),
                t('Last run'),
                t('Next run'),
              ]}
            />
            <tbody>
              {schedules.map(({ schedule, lastRunAt, next, lastError }) =>
                editing && !isNew && editing.id === schedule.id ? (
                  <tr key={schedule.id}>
                    <td colSpan={7}>
                      <ScheduleForm initial={schedule} isNew={false} onDone={done} />
                    </td>
                  </tr>
                ) : (
                  <tr key={schedule.id} data-schedule={schedule.id}>
                    <td>
                      <strong>{schedule.name ?? schedule.id}</strong>
                      {schedule.enabled === false ? (
                        <span className="pg-tag">{t('paused')}</span>
                      ) : null}
                      {lastError ? (
                        <div className="pg-error">{i18n.errorMessage(lastError)}</div>
                      ) : null}
                    </td>
                    <td>{schedule.workflow}</td>
                    <td>{nameOf(schedule.actor)}</td>
                    <td>
                      <span className="pg-mono">{repeats(schedule)}</span> · {schedule.timeZone}
                    </td>
                    <td>
                      {lastRunAt ? formatDateTime(lastRunAt) : <span className="pg-muted">—</span>}
                    </td>
                    <td data-testid="next-run">
                      {next ? formatDateTime(next) : <span className="pg-muted">{t('over')}</span>}
                    </td>
                    <td className="pg-row-actions">
                      <button
                        type="button"
                        className="pg-button"
                        aria-label={t('Edit {name}', { name: schedule.name ?? schedule.id })}
                        onClick={() => {
                          setEditing(schedule);
                          setIsNew(false);
                          setNotice('');
                        }}
                      >
                        {t('Edit')}
                      </button>
                      <button
                        type="button"
                        className="pg-button pg-button-danger"
                        aria-label={t('Remove {name}', { name: schedule.name ?? schedule.id })}
                        onClick={() =>
                          void remove
                            .run(
                              () => system.admin.removeSchedule(schedule.id),
                              t('Schedule removed.'),
                            )
                            .then(() => data.reload())
                        }
                      >
                        {t('Remove')}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={t('Periodic automations')}>
        {automations.length === 0 && autoClose.length === 0 ? (
          <Empty>{t('No periodic automation is defined.')}</Empty>
        ) : (
          <ul className="pg-list">
            {automations.map(({ workflow, automation, name }) => (
              <li key={`${workflow}-${automation.id}`}>
                <strong>{name}</strong> — {workflow}, {t('every')} {automation.every}
              </li>
            ))}
            {autoClose.map((d) => (
              <li key={d.key}>
                <strong>{t('Auto-close')}</strong> — {shownText(d.name, d)}:{' '}
                {t('resolved tickets close after {duration}', { duration: d.autoClose ?? '' })}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('Pending timers')}>
        {timers.length === 0 ? (
          <Empty>{t('Nothing is due.')}</Empty>
        ) : (
          <table className="pg-table">
            <thead>
              <tr>
                <th scope="col">{t('Due')}</th>
                <th scope="col">{t('Kind')}</th>
                <th scope="col">{t('Ticket')}</th>
              </tr>
            </thead>
            <tbody>
              {timers.map((timer) => (
                <tr key={timer.id}>
                  <td>{formatDateTime(timer.dueAt)}</td>
                  <td>{timer.kind}</td>
                  <td className="pg-mono">{timer.ticketId ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
