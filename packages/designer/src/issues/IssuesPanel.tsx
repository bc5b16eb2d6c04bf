import { useI18n } from '@deskkit/forms';
import type { Issue } from '@deskkit/runtime';
import { memo, useState } from 'react';
import { Icon } from '../canvas/icons';
import type { Translator } from '../i18n/messages';

export interface IssuesPanelProps {
  issues: readonly Issue[];
  t: Translator;
  onReveal(issue: Issue): void;
  /** Shown above the list after a refused publish. */
  blocked?: boolean;
  /** The definition the issues are about: step names then show in the UI language. */
  definition?: unknown;
}

/**
 * Live problems of the definition: errors (which block publishing) then warnings. Each is a button
 * that selects and reveals what it is about. Each reads in the UI language of the nearest
 * `DeskkitI18nProvider` (by its code, through `@deskkit/runtime/i18n`); a code no catalog knows
 * shows the runtime's English text.
 */
export const IssuesPanel = memo(function IssuesPanel({
  issues,
  t,
  onReveal,
  blocked,
  definition,
}: IssuesPanelProps) {
  const i18n = useI18n();
  const [open, setOpen] = useState(true);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity !== 'error');
  const ordered = [...errors, ...warnings];
  return (
    <section className={`dk-issues ${open ? 'is-open' : ''}`} aria-label={t('issues.title')}>
      <button
        type="button"
        className="dk-issues__head"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="dk-issues__title">{t('issues.title')}</span>
        <span className={`dk-count ${errors.length ? 'is-error' : ''}`}>
          <Icon name="error" size={12} /> {errors.length}
        </span>
        <span className={`dk-count ${warnings.length ? 'is-warning' : ''}`}>
          <Icon name="warning" size={12} /> {warnings.length}
        </span>
        <span className="dk-sr-only">
          {t('issues.summary', { errors: errors.length, warnings: warnings.length })}
        </span>
      </button>
      {open && (
        <div className="dk-issues__body">
          {blocked && errors.length > 0 && (
            <p className="dk-issues__blocked" role="alert">
              {t('issues.publishBlocked')}
            </p>
          )}
          {ordered.length === 0 ? (
            <p className="dk-issues__none">
              <Icon name="check" size={14} /> {t('issues.none')}
            </p>
          ) : (
            <ul className="dk-issues__list">
              {ordered.map((issue, i) => (
                <li key={`${issue.path}:${issue.code}:${i}`}>
                  <button
                    type="button"
                    className={`dk-issue dk-issue--${issue.severity}`}
                    onClick={() => onReveal(issue)}
                    title={t('issues.reveal', { path: issue.path || '/' })}
                  >
                    <Icon name={issue.severity === 'error' ? 'error' : 'warning'} size={14} />
                    <span className="dk-sr-only">
                      {t(issue.severity === 'error' ? 'issues.error' : 'issues.warning')}:
                    </span>
                    <span className="dk-issue__msg">
                      {i18n.findingMessage(issue, { definition })}
                    </span>
                    <code className="dk-issue__path">{issue.path || '/'}</code>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
});
