import type { ReactNode } from 'react';
import { t } from '../i18n';
import { ErrorText, useDescribeError } from './errors';

/** The title block every page starts with. */
export function PageHeader(props: { title: string; hint?: string; actions?: ReactNode }) {
  return (
    <div className="pg-page-header">
      <div>
        <h1 id="pg-page-title">{props.title}</h1>
        {props.hint ? <p className="pg-hint">{props.hint}</p> : null}
      </div>
      {props.actions ? <div className="pg-page-actions">{props.actions}</div> : null}
    </div>
  );
}

export function Card(props: {
  title?: string;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
}) {
  return (
    <section className={`pg-card ${props.className ?? ''}`} aria-label={props.title}>
      {props.title ? (
        <header className="pg-card-header">
          <h2>{props.title}</h2>
          {props.actions}
        </header>
      ) : null}
      <div className="pg-card-body">{props.children}</div>
    </section>
  );
}

/** A table's header row: one column per (already translated) label, then an unlabelled actions column. */
export function TableHead(props: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {props.columns.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
        <th scope="col">
          <span className="pg-sr-only">{t('Actions')}</span>
        </th>
      </tr>
    </thead>
  );
}

/** Shown where a package this page needs has not been delivered yet. */
export function NotAvailable(props: { what: string; pkg: string }) {
  return (
    <div className="pg-not-available" role="status">
      <strong>{t('{what} is not available yet', { what: props.what })}</strong>
      <p>{t('It needs {pkg}, which has not shipped this component yet.', { pkg: props.pkg })}</p>
    </div>
  );
}

export function Empty(props: { children: ReactNode }) {
  return <p className="pg-empty">{props.children}</p>;
}

/** An error as an alert, in the desk's language (see {@link describeError}). */
export function ErrorNote(props: { error: unknown }) {
  const describe = useDescribeError();
  return (
    <div className="pg-error" role="alert">
      <ErrorText error={describe(props.error)} />
    </div>
  );
}

export function Loading() {
  return <p className="pg-loading">{t('Loading…')}</p>;
}

/**
 * A row of tabs (`role="tablist"`). With `panel`, each tab is `<panel>-tab-<id>` and controls the
 * tab panel whose id is `<panel>-panel` (the caller renders it, labelled by the selected tab).
 */
export function TabList<T extends string>(props: {
  label: string;
  tabs: ReadonlyArray<{ id: NoInfer<T>; label: string }>;
  selected: T | undefined;
  onSelect(id: NoInfer<T>): void;
  panel?: string;
}) {
  return (
    <div className="pg-tabs" role="tablist" aria-label={props.label}>
      {props.tabs.map((x) => (
        <button
          key={x.id}
          type="button"
          role="tab"
          {...(props.panel
            ? { id: `${props.panel}-tab-${x.id}`, 'aria-controls': `${props.panel}-panel` }
            : {})}
          aria-selected={props.selected === x.id}
          onClick={() => props.onSelect(x.id)}
        >
          {x.label}
        </button>
      ))}
    </div>
  );
}
