import type {
  AggregateQuery,
  AggregateResult,
  ChangeCollision,
  ChangeCollisionQuery,
  Directory,
  Runtime,
  RuntimeEvent,
  TicketPage,
  TicketQuery,
  WorkItem,
  WorkItemQuery,
} from '@deskkit/runtime';

/** One shift of an on-call rota: `user` is on call from `from` (inclusive) to `to` (exclusive). */
export interface OnCallShift {
  user: string;
  from: string;
  to: string;
}

/**
 * Where every widget reads its data. A `Runtime` from `@deskkit/runtime` satisfies it as it is
 * (`listTickets`, `aggregate`, `tasks`, and optionally `directory`, `now` and `subscribe`), so the
 * same dashboard runs on the memory adapter in a browser or against a server that forwards these
 * calls to a runtime on PostgreSQL.
 *
 * @example
 * ```tsx
 * const runtime = createRuntime({ storage: memoryStorage(), directory });
 * <Dashboard dataSource={runtime} user="ann" ... />
 * ```
 */
export interface DashboardDataSource {
  listTickets(query?: TicketQuery): Promise<TicketPage>;
  aggregate(query: AggregateQuery): Promise<AggregateResult>;
  tasks(actor: string, filter?: Omit<WorkItemQuery, 'user'>): Promise<WorkItem[]>;
  /** People and on-call rotas: names of assignees, who is on call (`Runtime.directory`). */
  directory?: Pick<Directory, 'getUser' | 'onCall'> & Partial<Pick<Directory, 'list'>>;
  /**
   * The shifts of a rota between two instants. Optional: without it, the on-call widget asks
   * `directory.onCall` hour by hour and joins the answers into shifts.
   */
  onCallShifts?(rota: string, from: Date, to: Date): Promise<OnCallShift[]>;
  /**
   * The desk's IANA time zone for report buckets and calendar days.
   *
   * @deprecated Set the zone once, on `DeskkitI18nProvider` (`timeZone`): widgets take the
   * provider's zone by default, the same one every date they show is formatted in. When a data
   * source still sets this, it overrides the provider's zone for buckets and calendar days only
   * (labels stay in the provider's), so the two can disagree; remove it.
   */
  timeZone?: string;
  /**
   * The workflows' display names, so charts and reports broken down by workflow show "Incident"
   * rather than the key `incident`. Optional: without it widgets show the keys.
   */
  workflows?(): Promise<Array<{ key: string; name: string }>>;
  /**
   * The open changes colliding with one planned change: same CI or service, overlapping window
   * (`DeskClient.changeCollisions`, which answers only changes the user may see). The change
   * calendar flags its entries with these answers, so the rule lives in the runtime only.
   * Optional: without it the calendar flags nothing.
   */
  changeCollisions?(query: ChangeCollisionQuery): Promise<ChangeCollision[]>;
  /** The current time (`Runtime.now`, so a runtime's test clock drives SLA colours too). */
  now?(): Date;
  /** Ticket changes; widgets reload shortly after one (`Runtime.subscribe`). */
  subscribe?(listener: (event: RuntimeEvent) => void): () => void;
}

/** Compile-time proof that a runtime is a data source. */
export type RuntimeIsDataSource = Runtime extends DashboardDataSource ? true : never;

/** What a widget asks the data source for. */
export type DataRequest =
  | {
      kind: 'tickets';
      query: TicketQuery;
      /** follow `next` cursors up to this many pages */ pages?: number;
    }
  | {
      kind: 'changes';
      query: TicketQuery;
      /** follow `next` cursors up to this many pages */ pages?: number;
      /** Ask `changeCollisions` for each open change listed (none when absent). */
      collisions?: Pick<ChangeCollisionQuery, 'workflows' | 'fields'>;
    }
  | { kind: 'aggregate'; query: AggregateQuery }
  | { kind: 'tasks'; actor: string; filter?: Omit<WorkItemQuery, 'user'> }
  | { kind: 'onCall'; rota: string; from: string; to: string };

/** Who is on call on a rota now and in a period. */
export interface OnCallSchedule {
  rota: string;
  now: string[];
  shifts: OnCallShift[];
}

/** Change tickets, and the collisions of each open one by ticket id (only those that collide). */
export interface ChangePage extends TicketPage {
  collisions: Record<string, ChangeCollision[]>;
}

/** The answer to one request kind. */
export type DataResult<R extends DataRequest> = R extends { kind: 'tickets' }
  ? TicketPage
  : R extends { kind: 'changes' }
    ? ChangePage
    : R extends { kind: 'aggregate' }
      ? AggregateResult
      : R extends { kind: 'tasks' }
        ? WorkItem[]
        : R extends { kind: 'onCall' }
          ? OnCallSchedule
          : never;

/** Named requests of one widget. */
export type DataRequests = Record<string, DataRequest>;

/** The answers to named requests, by the same names. */
export type DataResults<Q extends DataRequests> = { [K in keyof Q]: DataResult<Q[K]> };
