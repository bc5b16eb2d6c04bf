import { FormRenderer } from '@deskkit/forms';
import type { JsonSchema, Satisfaction } from '@deskkit/runtime';
import { useId, useMemo, useState } from 'react';
import { t } from '../../i18n';
import { formatDateTime } from '../../ui/chips';
import '../../ui/lifecycle.css';
import { RATING_SCALE, type SurveyAnswer } from './surveyAnswer';

export { RATING_SCALE, surveyAct, type SurveyAnswer } from './surveyAnswer';

/** Stars for a rating, read out as "4 out of 5". */
export function RatingStars({ rating }: { rating: number }) {
  return (
    <span
      className="pg-stars"
      role="img"
      aria-label={t('{rating} out of 5', { rating })}
      data-rating={rating}
    >
      {RATING_SCALE.map((s) => (
        <span key={s.value} aria-hidden="true" data-on={s.value <= rating}>
          ★
        </span>
      ))}
    </span>
  );
}

/** A rating 1–5 from a link's `?rate=`, else 0 (none chosen). */
function ratingOf(value: string | number | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : 0;
}

/**
 * The survey's own form (`survey.form`), rendered by the kit's FormRenderer: to fill in, or
 * read-only with the answers given.
 */
function SurveyForm(props: {
  form: JsonSchema;
  answers?: Record<string, unknown> | undefined;
  busy?: boolean | undefined;
  onSubmit?(answers: Record<string, unknown>): Promise<unknown>;
}) {
  const form = useMemo(() => ({ schema: props.form }), [props.form]);
  if (props.answers)
    return <FormRenderer form={form} value={props.answers} readOnly templates={[]} />;
  return (
    <FormRenderer
      form={form}
      templates={[]}
      submitLabel={props.busy ? t('Sending…') : t('Send feedback')}
      onSubmit={async (values) => {
        await props.onSubmit?.(values);
      }}
    />
  );
}

/**
 * The satisfaction survey the requester answers once the ticket is resolved: a rating from 1 to 5
 * and a comment, or the workflow's own survey form (`form`). With an answer, the answer is shown
 * instead.
 */
export function SatisfactionSurvey(props: {
  /** The answer already given, if any. */
  answer?: Satisfaction | undefined;
  /** The view offers `rate`: the survey may be answered now. */
  mayRate: boolean;
  /** The survey's own form (the view's `survey.form`); the 1–5 rating with a comment when absent. */
  form?: JsonSchema | undefined;
  /**
   * A rating chosen before the page opened (the e-mail's `?rate=4` link): selected, waiting for
   * the requester to send it. Ignored for a survey with its own form.
   */
  preselect?: string | number | undefined;
  busy?: boolean;
  onRate(input: SurveyAnswer): Promise<boolean>;
}) {
  const chosen = ratingOf(props.preselect);
  const [rating, setRating] = useState(chosen);
  const [hover, setHover] = useState(0);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  if (props.answer) {
    return (
      <div className="pg-survey pg-survey-done" data-testid="satisfaction">
        {props.answer.rating !== undefined ? <RatingStars rating={props.answer.rating} /> : null}
        {props.answer.comment ? <blockquote>{props.answer.comment}</blockquote> : null}
        {props.form && props.answer.answers ? (
          <SurveyForm form={props.form} answers={props.answer.answers} />
        ) : null}
        <p className="pg-muted">
          {t('Answered {when}', { when: formatDateTime(props.answer.at) })}
        </p>
      </div>
    );
  }
  if (!props.mayRate) return null;
  if (props.form)
    return (
      <div className="pg-survey" role="group" aria-labelledby={`${id}-q`}>
        <p className="pg-survey-question" id={`${id}-q`}>
          {t('How satisfied are you with how this ticket was handled?')}
        </p>
        <SurveyForm
          form={props.form}
          busy={props.busy}
          onSubmit={(answers) => props.onRate({ answers })}
        />
      </div>
    );
  const shown = hover || rating;
  return (
    <form
      className="pg-survey"
      aria-labelledby={`${id}-q`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (rating) void props.onRate({ rating, comment: comment.trim() });
      }}
    >
      <p className="pg-survey-question" id={`${id}-q`}>
        {t('How satisfied are you with how this ticket was handled?')}
      </p>
      <fieldset className="pg-rating" onMouseLeave={() => setHover(0)}>
        <legend className="pg-sr-only">{t('Rating')}</legend>
        {RATING_SCALE.map((s) => (
          <label key={s.value} data-on={s.value <= shown} onMouseEnter={() => setHover(s.value)}>
            <input
              type="radio"
              name={`${id}-rating`}
              value={s.value}
              checked={rating === s.value}
              onChange={() => setRating(s.value)}
              aria-label={`${s.value} – ${t(s.label)}`}
            />
            <span aria-hidden="true">★</span>
          </label>
        ))}
        <span className="pg-rating-label" aria-hidden="true">
          {shown ? t(RATING_SCALE[shown - 1]!.label) : ''}
        </span>
      </fieldset>
      {chosen && rating === chosen ? (
        <p className="pg-muted" role="status">
          {t('You chose {rating} out of 5: send it to confirm.', { rating })}
        </p>
      ) : null}
      {tried && !rating ? (
        <p className="pg-field-error" role="alert">
          {t('Choose a rating from 1 to 5.')}
        </p>
      ) : null}
      <label className="pg-field">
        <span>{t('Anything to add? (optional)')}</span>
        <textarea
          className="pg-input pg-textarea"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </label>
      <div className="pg-actions-bar">
        <button type="submit" className="pg-button pg-button-primary" disabled={props.busy}>
          {t('Send feedback')}
        </button>
      </div>
    </form>
  );
}
