import type { Satisfaction } from '@deskkit/runtime';
import { useId, useState } from 'react';
import { t } from '../../i18n';
import { formatDateTime } from '../../ui/chips';
import '../../ui/lifecycle.css';

const scale = [
  { value: 1, label: 'Very dissatisfied' },
  { value: 2, label: 'Dissatisfied' },
  { value: 3, label: 'Neutral' },
  { value: 4, label: 'Satisfied' },
  { value: 5, label: 'Very satisfied' },
] as const;

/** Stars for a rating, read out as "4 out of 5". */
export function RatingStars({ rating }: { rating: number }) {
  return (
    <span
      className="pg-stars"
      role="img"
      aria-label={t('{rating} out of 5', { rating })}
      data-rating={rating}
    >
      {scale.map((s) => (
        <span key={s.value} aria-hidden="true" data-on={s.value <= rating}>
          ★
        </span>
      ))}
    </span>
  );
}

/**
 * The satisfaction survey the requester answers once the ticket is resolved: a rating from 1 to 5
 * and a comment. With an answer, the answer is shown instead.
 */
export function SatisfactionSurvey(props: {
  /** The answer already given, if any. */
  answer?: Satisfaction | undefined;
  /** The view offers `rate`: the survey may be answered now. */
  mayRate: boolean;
  busy?: boolean;
  onRate(input: { rating: number; comment: string }): Promise<boolean>;
}) {
  const [rating, setRating] = useState(0);
  const [hover, setHover] = useState(0);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  if (props.answer) {
    return (
      <div className="pg-survey pg-survey-done" data-testid="satisfaction">
        {props.answer.rating !== undefined ? <RatingStars rating={props.answer.rating} /> : null}
        {props.answer.comment ? <blockquote>{props.answer.comment}</blockquote> : null}
        <p className="pg-muted">
          {t('Answered {when}', { when: formatDateTime(props.answer.at) })}
        </p>
      </div>
    );
  }
  if (!props.mayRate) return null;
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
        {scale.map((s) => (
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
          {shown ? t(scale[shown - 1]!.label) : ''}
        </span>
      </fieldset>
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
