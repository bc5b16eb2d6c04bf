import type { CalendarSpec, Issue } from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk } from '../../desk/DeskContext';
import { t } from '../../i18n';
import { Card } from '../../ui/layout';
import { Field, issueAt, parseList, SaveBar, TextField, useSave } from './editing';

const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Day = (typeof days)[number];
const dayNames: Record<Day, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

interface Draft {
  name: string;
  timeZone: string;
  week: Record<Day, string>;
  holidays: string;
  /** One exception a line: `2026-12-24: 09:00-12:00` (a date with its own hours). */
  exceptions: string;
}

const hoursText = (intervals: Array<[string, string]> | undefined) =>
  (intervals ?? []).map(([a, b]) => `${a}-${b}`).join(', ');

function toDraft(spec: CalendarSpec, name: string): Draft {
  const week = Object.fromEntries(days.map((d) => [d, hoursText(spec.week[d])])) as Record<
    Day,
    string
  >;
  const exceptions = Object.entries(spec.workdays ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, hours]) => `${date}: ${hoursText(hours)}`)
    .join('\n');
  return {
    name,
    timeZone: spec.timeZone,
    week,
    holidays: (spec.holidays ?? []).join(', '),
    exceptions,
  };
}

/** Parses `09:00-12:30, 13:30-18:00` into intervals, or says which part is not a range. */
function parseRanges(text: string, path: string, issues: Issue[]): Array<[string, string]> {
  const intervals: Array<[string, string]> = [];
  for (const part of parseList(text)) {
    const m = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) {
      issues.push({
        path,
        code: 'INVALID_VALUE',
        severity: 'error',
        message: t('“{text}” is not a time range; write hours as 09:00-17:00.', { text: part }),
      });
    } else intervals.push([m[1]!.padStart(5, '0'), m[2]!.padStart(5, '0')]);
  }
  return intervals;
}

/** The draft as a `CalendarSpec`, or the issues of the text that does not parse. */
function toSpec(id: string, draft: Draft, base: CalendarSpec): CalendarSpec | Issue[] {
  const issues: Issue[] = [];
  const week: CalendarSpec['week'] = {};
  for (const d of days) {
    const intervals = parseRanges(draft.week[d], `/calendars/${id}/week/${d}`, issues);
    if (intervals.length) week[d] = intervals;
  }
  const workdays: Record<string, Array<[string, string]>> = {};
  for (const line of draft.exceptions
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s*:?\s*(.+)$/.exec(line);
    const path = `/calendars/${id}/workdays`;
    if (!m) {
      issues.push({
        path,
        code: 'INVALID_VALUE',
        severity: 'error',
        message: t(
          '“{text}” is not an exception; write a date and its hours, e.g. 2026-12-24: 09:00-12:00.',
          {
            text: line,
          },
        ),
      });
      continue;
    }
    const hours = parseRanges(m[2]!, path, issues);
    if (hours.length) workdays[m[1]!] = hours;
  }
  if (issues.length) return issues;
  const holidays = parseList(draft.holidays);
  const { workdays: _previous, ...rest } = base;
  return {
    ...rest,
    timeZone: draft.timeZone.trim(),
    week,
    ...(holidays.length ? { holidays } : { holidays: [] }),
    ...(Object.keys(workdays).length ? { workdays } : {}),
  };
}

function CalendarEditor(props: {
  id: string;
  spec: CalendarSpec;
  name: string;
  isNew?: boolean;
  onDone?(): void;
}) {
  const { system } = useDesk();
  const [draft, setDraft] = useState(() => toDraft(props.spec, props.name));
  const save = useSave();
  const base = `/calendars/${props.id}`;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async () => {
    const spec = toSpec(props.id, draft, props.spec);
    if (Array.isArray(spec)) return save.refuse(spec);
    const ok = await save.run(
      () => system.admin.saveCalendar(props.id, spec, draft.name),
      t('Saved “{name}”. SLA clocks count in these hours from now on.', { name: draft.name }),
    );
    if (ok) props.onDone?.();
  };
  const remove = () => {
    const question = t('Remove the calendar “{name}”?', { name: draft.name || props.id });
    if (!window.confirm(question)) return;
    void save.run(() => system.admin.removeCalendar(props.id), t('Removed.'));
  };
  return (
    <Card title={props.isNew ? t('New calendar {key}', { key: props.id }) : draft.name || props.id}>
      <form
        className="pg-form"
        aria-label={t('Calendar {key}', { key: props.id })}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p className="pg-muted">
          {t('Key')} <code>{props.id}</code>
        </p>
        <div className="pg-form-row">
          <TextField
            label={t('Name')}
            issue={issueAt(save.issues, `${base}/name`)}
            value={draft.name}
            onChange={(value) => set({ name: value })}
          />
          <TextField
            label={t('Time zone')}
            issue={issueAt(save.issues, `${base}/timeZone`)}
            hint={t('IANA name, e.g. Europe/Paris')}
            value={draft.timeZone}
            onChange={(value) => set({ timeZone: value })}
          />
        </div>
        <fieldset className="pg-fieldset">
          <legend>{t('Working hours')}</legend>
          <p className="pg-field-hint">
            {t('Ranges separated by commas, e.g. 09:00-12:30, 13:30-18:00; empty means closed.')}
          </p>
          <div className="pg-week">
            {days.map((d) => (
              <Field
                key={d}
                label={t(dayNames[d])}
                issue={issueAt(save.issues, `${base}/week/${d}`)}
              >
                {(a) => (
                  <input
                    {...a}
                    className="pg-input"
                    value={draft.week[d]}
                    placeholder={t('closed')}
                    onChange={(e) => set({ week: { ...draft.week, [d]: e.target.value } })}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <Field
          label={t('Holidays')}
          issue={issueAt(save.issues, `${base}/holidays`)}
          hint={t('Closed dates, YYYY-MM-DD, separated by commas.')}
        >
          {(a) => (
            <textarea
              {...a}
              className="pg-input pg-textarea"
              value={draft.holidays}
              onChange={(e) => set({ holidays: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('Exceptions')}
          issue={issueAt(save.issues, `${base}/workdays`)}
          hint={t(
            'Dates with their own hours (a short Christmas Eve, a Saturday opening), one a line: 2026-12-24: 09:00-12:00.',
          )}
        >
          {(a) => (
            <textarea
              {...a}
              className="pg-input pg-textarea"
              value={draft.exceptions}
              placeholder="2026-12-24: 09:00-12:00"
              onChange={(e) => set({ exceptions: e.target.value })}
            />
          )}
        </Field>
        <SaveBar save={save} label={t('Save calendar')}>
          {props.isNew ? (
            <button type="button" className="pg-button" onClick={props.onDone}>
              {t('Cancel')}
            </button>
          ) : (
            <button
              type="button"
              className="pg-button pg-button-danger"
              disabled={save.busy}
              onClick={remove}
            >
              {t('Remove')}
            </button>
          )}
        </SaveBar>
      </form>
    </Card>
  );
}

/** Every working calendar, editable: name, time zone, hours per weekday, holidays. */
export function CalendarsTab() {
  const { settings } = useDesk();
  const { calendars, calendarNames } = settings;
  const [adding, setAdding] = useState<string | null>(null);
  const [key, setKey] = useState('');
  return (
    <>
      <div className="pg-grid-2">
        {Object.entries(calendars).map(([id, spec]) => (
          <CalendarEditor key={id} id={id} spec={spec} name={calendarNames[id] ?? id} />
        ))}
        {adding ? (
          <CalendarEditor
            key={`new:${adding}`}
            id={adding}
            isNew
            name=""
            spec={{
              timeZone: 'Europe/Paris',
              week: {
                mon: [['09:00', '17:00']],
                tue: [['09:00', '17:00']],
                wed: [['09:00', '17:00']],
                thu: [['09:00', '17:00']],
                fri: [['09:00', '17:00']],
              },
            }}
            onDone={() => setAdding(null)}
          />
        ) : null}
      </div>
      <Card title={t('Add a calendar')}>
        <form
          className="pg-form-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (key.trim()) setAdding(key.trim());
            setKey('');
          }}
        >
          <TextField
            label={t('Key')}
            hint={t('How SLA policies name it, e.g. lyon-office')}
            value={key}
            onChange={(value) => setKey(value)}
          />
          <div className="pg-form-end">
            <button
              type="submit"
              className="pg-button"
              disabled={!key.trim() || key.trim() in calendars}
            >
              {t('Add calendar')}
            </button>
          </div>
        </form>
      </Card>
    </>
  );
}
