import type { InboxNotification, TicketView } from '@deskkit/runtime';
import { useEffect, useId, useState } from 'react';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { RATING_SCALE, surveyAct } from '../pages/ticket/surveyAnswer';
import { href } from '../shell/router';
import { ErrorText, useDescribeError, type ShownError } from '../ui/errors';

/**
 * The satisfaction survey of a "resolved" notification, answered in the notification: five star
 * buttons and an optional comment for the 1–5 rating, or a link to the ticket's survey when the
 * workflow's survey is a form of its own. The ticket's view (`DeskClient.viewTicket`) says whether
 * the survey is still offered and what was answered; the answer goes through `DeskClient.act`
 * (`rate`), which checks who may answer and when. Answered, the notification is marked read and
 * `onAnswered` runs (the inbox reads its list again).
 */
export function NotificationSurvey(props: { n: InboxNotification; onAnswered?(): void }) {
  const { n } = props;
  const { client } = useDesk();
  const describe = useDescribeError();
  const id = useId();
  const [view, setView] = useState<TicketView | null>(null);
  const [rated, setRated] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  useEffect(() => {
    let live = true;
    client.viewTicket(n.ticketId).then(
      (v) => live && setView(v),
      (e: unknown) => live && setError(describe(e)),
    );
    return () => {
      live = false;
    };
  }, [client, n.ticketId, describe]);

  const rate = async (rating: number) => {
    setBusy(true);
    setError(null);
    try {
      await client.act({
        ticket: n.ticketId,
        action: 'rate',
        ...surveyAct({ rating, comment: comment.trim() }),
      });
      setRated(rating);
      if (n.readAt === undefined) await client.markNotificationsRead([n.id]);
      props.onAnswered?.();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  const answer = view?.ticket.satisfaction;
  const given = rated ?? answer?.rating;
  let body;
  if (given !== undefined && given !== null)
    body = <p role="status">{t('Thanks — you rated {rating}/5', { rating: given })}</p>;
  else if (answer) body = <p role="status">{t('Thanks — you answered the survey.')}</p>;
  else if (!view) body = null;
  else if (n.detail?.surveyForm || view.survey?.form)
    body = (
      <a className="pg-button" href={href('ticket', n.ticketId)}>
        {t('Answer the survey on {number}', { number: n.ticketNumber })}
      </a>
    );
  else if (!view.actions.includes('rate'))
    body = <p className="pg-muted">{t('This survey is no longer open.')}</p>;
  else
    body = (
      <div role="group" aria-labelledby={`${id}-q`}>
        <p id={`${id}-q`} className="pg-inbox-survey-question">
          {t('How satisfied are you with how {number} was handled?', { number: n.ticketNumber })}
        </p>
        <label className="pg-field">
          <span>{t('Anything to add? (optional)')}</span>
          <textarea
            className="pg-input pg-textarea"
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </label>
        <div className="pg-inbox-stars">
          {RATING_SCALE.map((s) => (
            <button
              key={s.value}
              type="button"
              className="pg-inbox-star"
              aria-label={`${s.value} – ${t(s.label)}`}
              title={`${s.value} – ${t(s.label)}`}
              disabled={busy}
              onClick={() => void rate(s.value)}
            >
              <span aria-hidden="true">★</span>
              <small aria-hidden="true">{s.value}</small>
            </button>
          ))}
        </div>
      </div>
    );
  return (
    <div className="pg-inbox-survey" data-testid="notification-survey">
      {body}
      {error ? (
        <p className="pg-field-error" role="alert">
          <ErrorText error={error} />
        </p>
      ) : null}
    </div>
  );
}
