import type {
  ReportSubscription,
  ReportSubscriptionInput,
  SnapshotFormat,
  SnapshotReport,
  TicketSchedule,
} from '@deskkit/runtime';
import { ScheduleEditor, useDesignerTranslator } from '@deskkit/designer';
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n';
import { PeoplePicker } from '../ui/PeoplePicker';
import { ErrorNote } from '../ui/layout';
import { formatDateTime } from '../ui/chips';
import { localDate } from './schedulePresets';
import '../ui/lifecycle.css';
import './reports.css';

/**
 * "Schedule e-mail": a dashboard's figures e-mailed on a schedule. Recipients (each gets the
 * figures they may see), how often and when (with the next runs), and the attachments. Given an
 * `initial` subscription, the dialog edits it ("Edit scheduled e-mail"): its fields start from it
 * and saving replaces it (same id, paused or not as it was).
 */
export function ScheduleEmailDialog(props: {
  /** The subject, e.g. the dashboard's name. */
  name: string;
  /** The dashboard's reports (its widgets' `aggregate` queries). */
  reports: SnapshotReport[];
  /** Who schedules it (the first recipient). */
  me: string;
  /** The desk's time zone: times are read in it. */
  timeZone: string;
  /** The subscription being edited; absent when scheduling a new e-mail. */
  initial?: ReportSubscription;
  now: Date;
  busy?: boolean;
  error?: unknown;
  onSave(input: ReportSubscriptionInput): void;
  onCancel(): void;
}) {
  // The designer's texts for the schedule builder, in the desk's language.
  const designerT = useDesignerTranslator();
  const id = useId();
  const initial = props.initial;
  const [name, setName] = useState(initial?.name ?? props.name);
  const [recipients, setRecipients] = useState<string[]>(initial?.recipients ?? [props.me]);
  // `start` is local `YYYY-MM-DDTHH:mm` in the desk's time zone.
  const [time, setTime] = useState(initial?.schedule.start.slice(11, 16) ?? '08:00');
  const [startDate, setStartDate] = useState(
    () => initial?.schedule.start.slice(0, 10) ?? localDate(props.now, props.timeZone),
  );
  // How it repeats, built with the designer's ScheduleEditor: a rule, never typed (runs at `time`).
  const [rrule, setRrule] = useState(initial?.schedule.rrule ?? 'FREQ=WEEKLY;BYDAY=MO');
  const [formats, setFormats] = useState<SnapshotFormat[]>(initial?.formats ?? ['xlsx']);
  const title = initial ? t('Edit scheduled e-mail') : t('Schedule e-mail');
  const [tried, setTried] = useState(false);
  const start = `${startDate}T${time}`;
  const [now] = useState(props.now);
  const schedule: TicketSchedule = {
    id: 'e-mail',
    workflow: 'report-snapshot',
    actor: props.me,
    timeZone: props.timeZone,
    start,
    frequency: 'rrule',
    rrule,
  };
  const first = useRef<HTMLInputElement>(null);
  const cancel = useRef(props.onCancel);
  useEffect(() => {
    cancel.current = props.onCancel;
  });
  useEffect(() => {
    const opener = document.activeElement;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);
  const problem = !name.trim()
    ? t('Give the e-mail a subject.')
    : !recipients.length
      ? t('Choose at least one recipient.')
      : null;
  const toggle = (f: SnapshotFormat, on: boolean) =>
    setFormats((list) => (on ? [...list.filter((x) => x !== f), f] : list.filter((x) => x !== f)));
  return (
    <div className="pg-dialog-backdrop">
      <div
        className="pg-dialog pg-snapshot-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="pg-muted" id={`${id}-desc`}>
          {t(
            'The figures of {count} reports, e-mailed on a schedule. Each recipient gets the figures they may see.',
            { count: props.reports.length },
          )}
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (problem) return;
            props.onSave({
              ...(initial ? { id: initial.id, enabled: initial.enabled } : {}),
              name: name.trim(),
              recipients,
              reports: props.reports,
              formats,
              schedule: { rrule, start },
            });
          }}
        >
          <label className="pg-field">
            <span>{t('Subject')}</span>
            <input
              ref={first}
              className="pg-input"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <PeoplePicker label={t('Recipients')} value={recipients} onChange={setRecipients} />
          <div className="pg-snapshot-row">
            <label className="pg-field">
              <span>{t('At')}</span>
              <input
                className="pg-input"
                type="time"
                value={time}
                onChange={(e) => setTime(e.target.value)}
              />
            </label>
            <label className="pg-field">
              <span>{t('Starting')}</span>
              <input
                className="pg-input"
                type="date"
                value={startDate}
                onChange={(e) => setStartDate(e.target.value)}
              />
            </label>
          </div>
          <ScheduleEditor
            value={schedule}
            onChange={(next) => setRrule(next.rrule ?? rrule)}
            t={designerT}
            now={now}
            previewCount={3}
            parts="recurrence"
            rruleOnly
            standalone
            formatRun={(run) => formatDateTime(run.toISOString())}
          />
          <fieldset className="pg-events">
            <legend>{t('Attach')}</legend>
            <label className="pg-check">
              <input
                type="checkbox"
                checked={formats.includes('csv')}
                onChange={(e) => toggle('csv', e.target.checked)}
              />
              {t('CSV (one file per report)')}
            </label>
            <label className="pg-check">
              <input
                type="checkbox"
                checked={formats.includes('xlsx')}
                onChange={(e) => toggle('xlsx', e.target.checked)}
              />
              {t('Excel workbook (a sheet per report)')}
            </label>
          </fieldset>
          {tried && problem ? (
            <p className="pg-field-error" role="alert">
              {problem}
            </p>
          ) : null}
          {props.error ? <ErrorNote error={props.error} /> : null}
          <div className="pg-dialog-actions">
            <button type="button" className="pg-button" onClick={props.onCancel}>
              {t('Cancel')}
            </button>
            <button type="submit" className="pg-button pg-button-primary" disabled={props.busy}>
              {initial ? t('Save') : t('Schedule')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
