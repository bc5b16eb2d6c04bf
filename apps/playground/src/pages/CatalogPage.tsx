import type { CatalogEntry } from '@deskkit/runtime';
import { useMemo, useState } from 'react';
import { useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { href } from '../shell/router';
import { Empty, ErrorNote, Loading, PageHeader } from '../ui/layout';

interface Folder {
  name: string;
  path: string[];
  children: Folder[];
  count: number;
}

function buildTree(entries: CatalogEntry[]): Folder {
  const root: Folder = { name: '', path: [], children: [], count: 0 };
  for (const entry of entries) {
    let folder = root;
    folder.count++;
    for (const part of entry.path) {
      let next = folder.children.find((c) => c.name === part);
      if (!next) {
        next = { name: part, path: [...folder.path, part], children: [], count: 0 };
        folder.children.push(next);
      }
      next.count++;
      folder = next;
    }
  }
  return root;
}

const startsWith = (path: string[], prefix: string[]) => prefix.every((p, i) => path[i] === p);

function FolderTree(props: { folder: Folder; selected: string[]; onSelect(path: string[]): void }) {
  return (
    <ul className="pg-tree">
      {props.folder.children.map((child) => {
        const active = child.path.join('/') === props.selected.join('/');
        return (
          <li key={child.name}>
            <button
              type="button"
              className="pg-tree-item"
              aria-pressed={active}
              onClick={() => props.onSelect(child.path)}
            >
              <span>{child.name}</span>
              <span className="pg-count">{child.count}</span>
            </button>
            {child.children.length > 0 && startsWith(props.selected, child.path) ? (
              <FolderTree folder={child} selected={props.selected} onSelect={props.onSelect} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The service catalog: the workflows this user may start, by their catalog path. */
export function CatalogPage() {
  const catalog = useDeskQuery(({ client }) => client.catalog(), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const entries = useMemo(() => catalog.data ?? [], [catalog.data]);
  const tree = useMemo(() => buildTree(entries), [entries]);
  const needle = search.trim().toLowerCase();
  const shown = entries.filter(
    (e) =>
      startsWith(e.path, selected) &&
      (needle === '' ||
        e.name.toLowerCase().includes(needle) ||
        (e.description ?? '').toLowerCase().includes(needle)),
  );

  return (
    <>
      <PageHeader
        title={t('Service catalog')}
        hint={t('Raise a request: pick what you need, fill in the form, and follow it here.')}
      />
      {catalog.error ? <ErrorNote error={catalog.error} /> : null}
      <div className="pg-catalog">
        <aside className="pg-card pg-catalog-tree" aria-label={t('Categories')}>
          <button
            type="button"
            className="pg-tree-item"
            aria-pressed={selected.length === 0}
            onClick={() => setSelected([])}
          >
            <span>{t('All services')}</span>
            <span className="pg-count">{tree.count}</span>
          </button>
          <FolderTree folder={tree} selected={selected} onSelect={setSelected} />
        </aside>
        <section className="pg-catalog-entries" aria-label={t('Services')}>
          <div className="pg-toolbar">
            {selected.length > 0 ? (
              <nav className="pg-breadcrumb" aria-label={t('Category path')}>
                <button type="button" onClick={() => setSelected([])}>
                  {t('All services')}
                </button>
                {selected.map((part, i) => (
                  <span key={part}>
                    <span aria-hidden="true"> › </span>
                    <button type="button" onClick={() => setSelected(selected.slice(0, i + 1))}>
                      {part}
                    </button>
                  </span>
                ))}
              </nav>
            ) : (
              <span />
            )}
            <input
              type="search"
              className="pg-input pg-search"
              placeholder={t('Search services')}
              aria-label={t('Search services')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          {catalog.status === 'loading' && !catalog.data ? <Loading /> : null}
          {catalog.data && shown.length === 0 ? (
            <Empty>{t('No service here that you may request.')}</Empty>
          ) : null}
          <ul className="pg-service-grid">
            {shown.map((entry) => (
              <li key={entry.key}>
                <a className="pg-service" href={href('request', entry.key)}>
                  <span className="pg-service-path">{entry.path.join(' › ')}</span>
                  <strong className="pg-service-name">{entry.name}</strong>
                  {entry.description ? (
                    <span className="pg-service-desc">{entry.description}</span>
                  ) : null}
                  <span className="pg-service-cta">{t('Request')} →</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
