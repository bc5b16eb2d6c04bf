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
}

const hoursText = (intervals: Array<[string, string]> | undefined) =>
  (intervals ?? []).map(([a, b]) => `${a}-${b}`).join(', ');

function toDraft(spec: CalendarSpec, name: string): Draft {
  const week = Object.fromEntries(days.map((d) => [d, hoursText(spec.week[d])])) as Record<
    Day,
    string
  >;
  return { name, timeZone: spec.timeZone, week, holidays: (spec.holidays ?? []).join(', ') };
}

/** The draft as a `CalendarSpec`, or the issues of the text that does not parse. */
function toSpec(id: string, draft: Draft, base: CalendarSpec): CalendarSpec | Issue[] {
  const issues: Issue[] = [];
  const week: CalendarSpec['week'] = {};
  for (const d of days) {
    const parts = parseList(draft.week[d]);
    const intervals: Array<[string, string]> = [];
    for (const part of parts) {
      const m = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
      if (!m) {
        issues.push({
          path: `/calendars/${id}/week/${d}`,
          code: 'INVALID_VALUE',
          severity: 'error',
          message: t('“{text}” is not a time range; write hours as 09:00-17:00.', { text: part }),
        });
      } else intervals.push([m[1]!.padStart(5, '0'), m[2]!.padStart(5, '0')]);
    }
    if (intervals.length) week[d] = intervals;
  }
  if (issues.length) return issues;
  const holidays = parseList(draft.holidays);
  return {
    ...base,
    timeZone: draft.timeZone.trim(),
    week,
    ...(holidays.length ? { holidays } : { holidays: [] }),
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
