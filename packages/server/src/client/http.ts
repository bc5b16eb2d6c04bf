import type {
  ActInput,
  RelateInput,
  BulkActInput,
  BulkActResult,
  AggregateQuery,
  AggregateResult,
  CatalogEntry,
  DeskClient,
  EventsPage,
  HistoryEvent,
  InboxPage,
  InboxQuery,
  NotificationPreferences,
  ListView,
  ListViewInput,
  StartTicketInput,
  TicketExport,
  TicketExportInput,
  ChangeCollision,
  ChangeCollisionQuery,
  Ticket,
  TicketPage,
  TicketQuery,
  TicketView,
  WorkflowDefinition,
  WorkItem,
  WorkItemQuery,
  DefinitionDiff,
  DefinitionRecord,
  DraftRecord,
  StudioWorkflow,
  TicketMigrationInput,
  TicketMigrationReport,
  ReportSubscription,
  ReportSubscriptionInput,
  ReportSubscriptionQuery,
} from '@deskkit/runtime';
import { errorFromProblem } from './errors';
import { subscribeEvents } from './events';
import type { HttpClientOptions } from './http.types';

/**
 * A {@link DeskClient} over HTTP, talking to a `createHandler` of `@deskkit/server`: the same
 * interface as `runtime.client(actor)`, so UI code runs unchanged against a server. Errors are
 * the runtime's classes rebuilt from the problem+json answers (`instanceof NotFoundError` holds).
 * A `requestId` is sent as the `Idempotency-Key` header.
 *
 * @example
 * ```ts
 * import { createHttpClient } from '@deskkit/server/client';
 * const desk = createHttpClient({
 *   baseUrl: '/api',
 *   headers: async () => ({ authorization: `Bearer ${await getToken()}` }),
 * });
 * const page = await desk.listTickets({ status: ['open'] });
 * ```
 */
export function createHttpClient(options: HttpClientOptions): DeskClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(options.headers ? await options.headers() : {}),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
    if (locale && !Object.keys(headers).some((h) => h.toLowerCase() === 'accept-language'))
      headers['accept-language'] = locale;
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    const response = await doFetch(`${base}${path}`, {
      method,
      headers,
      credentials: options.credentials ?? 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (!response.ok) throw errorFromProblem(response.status, parsed);
    return parsed as T;
  }

  const id = encodeURIComponent;

  return {
    actor: options.actor ?? '',
    catalog: () => call<CatalogEntry[]>('GET', '/catalog'),
    startTicket: (input: Omit<StartTicketInput, 'actor' | 'parent'>) => {
      const { requestId, ...body } = input;
      return call<Ticket>('POST', '/tickets', body, requestId);
    },
    act: (input: Omit<ActInput, 'actor'>) => {
      const { requestId, ticket, ...body } = input;
      return call<Ticket>('POST', `/tickets/${id(ticket)}/actions`, body, requestId);
    },
    bulkAct: (input: BulkActInput) => call<BulkActResult[]>('POST', '/tickets/bulk', input),
    relate: (input: Omit<RelateInput, 'actor'>) => {
      const { requestId, ticket, ...body } = input;
      return call<Ticket>('POST', `/tickets/${id(ticket)}/relations`, body, requestId);
    },
    viewTicket: (ticketId: string) => call<TicketView>('GET', `/tickets/${id(ticketId)}`),
    tasks: (filter: Omit<WorkItemQuery, 'user'> = {}) => {
      const params = new URLSearchParams();
      if (filter.ticketId !== undefined) params.set('ticketId', filter.ticketId);
      for (const state of filter.state ?? []) params.append('state', state);
      if (filter.limit !== undefined) params.set('limit', String(filter.limit));
      const query = params.toString();
      return call<WorkItem[]>('GET', `/tasks${query === '' ? '' : `?${query}`}`);
    },
    listTickets: (query: TicketQuery = {}) => call<TicketPage>('POST', '/tickets/search', query),
    exportTickets: (input: TicketExportInput) =>
      call<TicketExport>('POST', '/tickets/export', input),
    changeCollisions: (query: ChangeCollisionQuery) =>
      call<ChangeCollision[]>('POST', '/changes/collisions', query),
    listViews: () => call<ListView[]>('GET', '/views'),
    saveView: (view: ListViewInput) => call<ListView>('POST', '/views', view),
    deleteView: async (viewId: string) => {
      await call<undefined>('DELETE', `/views/${id(viewId)}`);
    },
    listReportSubscriptions: (query: ReportSubscriptionQuery = {}) =>
      call<ReportSubscription[]>(
        'GET',
        `/report-subscriptions${query.owner === undefined ? '' : `?owner=${encodeURIComponent(query.owner)}`}`,
      ),
    saveReportSubscription: (input: ReportSubscriptionInput) =>
      call<ReportSubscription>('POST', '/report-subscriptions', input),
    deleteReportSubscription: async (subscriptionId: string) => {
      await call<undefined>('DELETE', `/report-subscriptions/${id(subscriptionId)}`);
    },
    aggregate: (query: AggregateQuery) => call<AggregateResult>('POST', '/aggregate', query),
    history: (ticketId: string) => call<HistoryEvent[]>('GET', `/tickets/${id(ticketId)}/history`),
    getDefinition: (key: string, version?: number) =>
      call<WorkflowDefinition>(
        'GET',
        `/definitions/${id(key)}${version === undefined ? '' : `?version=${version}`}`,
      ),
    publish: (def: WorkflowDefinition) =>
      call<{ key: string; version: number }>('POST', '/definitions', def),
    versions: (key: string) => call<DefinitionRecord[]>('GET', `/definitions/${id(key)}/versions`),
    diffVersions: (key: string, from: number, to: number) =>
      call<DefinitionDiff>('GET', `/definitions/${id(key)}/diff?from=${from}&to=${to}`),
    studioWorkflows: () => call<StudioWorkflow[]>('GET', '/definitions'),
    listDrafts: () => call<DraftRecord[]>('GET', '/drafts'),
    getDraft: async (key: string) =>
      (await call<DraftRecord | undefined>('GET', `/definitions/${id(key)}/draft`)) ?? null,
    saveDraft: (def: WorkflowDefinition, opts: { expectedRevision?: number | null } = {}) =>
      call<DraftRecord>('POST', `/definitions/${id(def.key)}/draft`, {
        definition: def,
        ...(opts.expectedRevision !== undefined ? { expectedRevision: opts.expectedRevision } : {}),
      }),
    discardDraft: async (key: string, opts: { expectedRevision?: number } = {}) => {
      const revision =
        opts.expectedRevision === undefined ? '' : `?revision=${opts.expectedRevision}`;
      return (
        await call<{ removed: boolean }>('DELETE', `/definitions/${id(key)}/draft${revision}`)
      ).removed;
    },
    rollback: (key: string, version: number) =>
      call<{ key: string; version: number }>('POST', `/definitions/${id(key)}/rollback`, {
        version,
      }),
    migrateTickets: ({ workflow, ...body }: Omit<TicketMigrationInput, 'actor'>) =>
      call<TicketMigrationReport>('POST', `/definitions/${id(workflow)}/migrations`, body),
    subscribe: (listener) =>
      subscribeEvents(
        {
          url: `${base}/events`,
          fetch: doFetch,
          headers: options.headers,
          credentials: options.credentials ?? 'same-origin',
          ...(options.onEventsError ? { onError: options.onEventsError } : {}),
          ...(options.onNotifications ? { onNotifications: options.onNotifications } : {}),
        },
        listener,
      ),
    eventsSince: (cursor: string | null, limit?: number) => {
      const params = new URLSearchParams();
      if (cursor !== null) params.set('after', cursor);
      if (limit !== undefined) params.set('limit', String(limit));
      const query = params.toString();
      return call<EventsPage>('GET', `/events/feed${query === '' ? '' : `?${query}`}`);
    },
    notifications: (query: InboxQuery = {}) => {
      const params = new URLSearchParams();
      if (query.unread) params.set('unread', 'true');
      if (query.before !== undefined) params.set('before', query.before);
      if (query.limit !== undefined) params.set('limit', String(query.limit));
      const q = params.toString();
      return call<InboxPage>('GET', `/notifications${q === '' ? '' : `?${q}`}`);
    },
    markNotificationsRead: async (ids: string[]) =>
      (await call<{ changed: number }>('POST', '/notifications/read', { ids })).changed,
    markAllNotificationsRead: async () =>
      (await call<{ changed: number }>('POST', '/notifications/read-all', {})).changed,
    notificationPreferences: () =>
      call<NotificationPreferences>('GET', '/notifications/preferences'),
    setNotificationPreferences: (prefs: NotificationPreferences) =>
      call<NotificationPreferences>('POST', '/notifications/preferences', prefs),
  };
}
