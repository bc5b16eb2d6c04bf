import { useI18n, type DeskkitI18n } from '@deskkit/forms';
import { useCallback } from 'react';
import { t } from '../i18n';

/** An error as the person in front of the screen reads it. */
export interface ShownError {
  /** In the desk's language: the runtime's message for the error's code, or the error's own text. */
  text: string;
  /** The runtime's own message (English, naming the ticket and the rule), when it differs. */
  detail?: string;
  /** Fold the detail away: it is English and the desk is not. */
  fold?: boolean;
}

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Deskkit errors carry a `code` (`DeskkitError.code`, kept over HTTP by `createHttpClient`); their
 * text comes from the one translation layer, `errorMessage`, so a Chinese desk shows them in
 * Chinese. The runtime's own message (English, naming the ticket and the rule) stays as the
 * detail: it says why. Errors without a code are the playground's own, already translated with `t`.
 */
export function describeError(i18n: DeskkitI18n, error: unknown): ShownError {
  const own = error && typeof error === 'object' ? (error as { message?: unknown }).message : error;
  const message = typeof own === 'string' ? own : String(error);
  if (codeOf(error) === undefined) return { text: message };
  const text = i18n.errorMessage(error);
  if (!message || message === text) return { text };
  return i18n.catalogLocale === 'en'
    ? { text, detail: message }
    : { text, detail: message, fold: true };
}

/** {@link describeError} in the nearest provider's language. */
export function useDescribeError(): (error: unknown) => ShownError {
  const i18n = useI18n();
  return useCallback((error: unknown) => describeError(i18n, error), [i18n]);
}

/**
 * The text of an error, then its detail: below it in an English desk (it says why), folded
 * under "Details" in another language.
 */
export function ErrorText(props: { error: ShownError }) {
  const { text, detail, fold } = props.error;
  return (
    <>
      {text}
      {detail && fold ? (
        <details className="pg-error__detail">
          <summary>{t('Details')}</summary>
          {detail}
        </details>
      ) : detail ? (
        <span className="pg-error__detail">{detail}</span>
      ) : null}
    </>
  );
}
