import type { DefinitionRecord } from '@deskkit/runtime';
import { t } from '../../i18n';
import { formatDateTime } from '../../ui/chips';

/** Props of {@link VersionList}. */
export interface VersionListProps {
  /** Every published version, oldest first. */
  versions: readonly DefinitionRecord[];
  nameOf(id: string): string;
  /** The versions picked for comparison (at most two). */
  picked: readonly number[];
  onPick(version: number): void;
  /** Publishes an older version again; absent: no rollback offered. */
  onRollback?(version: number): void;
  busy?: boolean;
}

/**
 * The publisher history of a workflow, newest first: who published each version and when, which
 * one a rollback restored; buttons to pick two versions to compare and to roll back.
 */
export function VersionList({
  versions,
  nameOf,
  picked,
  onPick,
  onRollback,
  busy,
}: VersionListProps) {
  const latest = versions[versions.length - 1]?.version;
  return (
    <ol className="pg-versions" aria-label={t('Versions')} reversed>
      {[...versions].reverse().map((v) => (
        <li key={v.version} className="pg-version">
          <div>
            <strong>v{v.version}</strong>{' '}
            {v.version === latest ? <span className="pg-chip">{t('live')}</span> : null}{' '}
            <span className="pg-muted">
              {formatDateTime(v.publishedAt)} · {nameOf(v.publishedBy)}
            </span>
            {v.restoredFrom !== undefined ? (
              <span className="pg-muted">
                {' '}
                · {t('restores v{version}', { version: v.restoredFrom })}
              </span>
            ) : null}
          </div>
          <div className="pg-version-actions">
            <button
              type="button"
              className="pg-button pg-button-small"
              aria-pressed={picked.includes(v.version)}
              aria-label={t('Compare v{version}', { version: v.version })}
              onClick={() => onPick(v.version)}
            >
              {t('Compare')}
            </button>
            {onRollback && v.version !== latest ? (
              <button
                type="button"
                className="pg-button pg-button-small"
                disabled={busy}
                aria-label={t('Roll back to v{version}', { version: v.version })}
                onClick={() => onRollback(v.version)}
              >
                {t('Roll back')}
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
