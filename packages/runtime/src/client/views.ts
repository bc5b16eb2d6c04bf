import type { EngineCore } from '../engine/engine.types';
import { newId } from '../engine/ids';
import { ConflictError, NotFoundError, ValidationError } from '../errors/errors';
import type { Issue } from '../errors/errors';
import type { ListView, ListViewInput } from '../query/query.types';
import { searchTerms } from '../query/search';
import { guardQuery } from './scope';

/** Most saved views one user may keep. */
export const MAX_VIEWS = 100;
const MAX_COLUMNS = 50;
const MAX_NAME = 100;

/** Storage state key of one user's saved list views (`getState` / `setState`). */
export function viewsStateKey(actor: string): string {
  return `deskkit:views:${actor}`;
}

interface ViewsDoc {
  views: ListView[];
}

function invalid(path: string, message: string, code = 'invalid'): never {
  const issue: Issue = { path, code, severity: 'error', message };
  throw new ValidationError(`view${path.replace(/\//g, '.')}: ${message}`, [issue]);
}

/** A saved view as given, checked: names, columns and the query's shape and fields. */
async function checked(core: EngineCore, actor: string, input: unknown): Promise<ListViewInput> {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    invalid('', 'must be an object { name, columns, query }', 'type');
  const v = input as Record<string, unknown>;
  if (v.id !== undefined && (typeof v.id !== 'string' || !v.id || v.id.length > 100))
    invalid('/id', 'must be a non-empty string of at most 100 characters');
  if (typeof v.name !== 'string' || !v.name.trim() || v.name.length > MAX_NAME)
    invalid('/name', `must be a non-empty string of at most ${MAX_NAME} characters`);
  const columns = v.columns ?? [];
  if (!Array.isArray(columns) || columns.length > MAX_COLUMNS)
    invalid('/columns', `must be a list of at most ${MAX_COLUMNS} column names`);
  columns.forEach((c, i) => {
    if (typeof c !== 'string' || !c || c.length > 200)
      invalid(`/columns/${i}`, 'must be a field name such as "number" or "data.category"');
  });
  const query = v.query ?? {};
  if (query === null || typeof query !== 'object' || Array.isArray(query))
    invalid('/query', 'must be a ticket query object', 'type');
  const q = query as Record<string, unknown>;
  if ('limit' in q || 'after' in q)
    invalid('/query', 'keeps filters and sort only, not "limit" or "after"');
  searchTerms(q.search);
  // A view that names a field the user may not search or sort by would be refused when run.
  await guardQuery(core, actor, q);
  return {
    ...(v.id !== undefined ? { id: v.id as string } : {}),
    name: v.name,
    columns: columns as string[],
    query: q as ListViewInput['query'],
  };
}

async function mutate<T>(
  core: EngineCore,
  actor: string,
  change: (doc: ViewsDoc) => T,
): Promise<T> {
  const key = viewsStateKey(actor);
  for (let attempt = 0; attempt < 20; attempt++) {
    const state = await core.storage.getState<ViewsDoc>(key);
    const doc: ViewsDoc = state ? structuredClone(state.value) : { views: [] };
    const result = change(doc);
    if (await core.storage.setState(key, doc, state?.version ?? null)) return result;
  }
  throw new ConflictError('Your saved views were changed 20 times in a row elsewhere; try again.');
}

/** The saved list views of one user (`DeskClient.listViews/saveView/deleteView`). */
export function viewsOf(core: EngineCore, actor: string) {
  return {
    async list(): Promise<ListView[]> {
      const state = await core.storage.getState<ViewsDoc>(viewsStateKey(actor));
      return state ? structuredClone(state.value.views) : [];
    },
    async save(input: ListViewInput): Promise<ListView> {
      const v = await checked(core, actor, input);
      const at = core.now().toISOString();
      return mutate(core, actor, (doc) => {
        const i = v.id === undefined ? -1 : doc.views.findIndex((x) => x.id === v.id);
        const view: ListView = {
          id: v.id ?? newId(),
          name: v.name,
          columns: v.columns,
          query: v.query,
          updatedAt: at,
        };
        if (i >= 0) doc.views[i] = view;
        else {
          if (doc.views.length >= MAX_VIEWS)
            invalid('', `you keep ${MAX_VIEWS} saved views already; delete one first`, 'maxItems');
          doc.views.push(view);
        }
        return view;
      });
    },
    async remove(id: string): Promise<void> {
      await mutate(core, actor, (doc) => {
        const i = doc.views.findIndex((x) => x.id === id);
        if (i < 0) throw new NotFoundError(`You have no saved view "${String(id)}".`);
        doc.views.splice(i, 1);
      });
    },
  };
}
