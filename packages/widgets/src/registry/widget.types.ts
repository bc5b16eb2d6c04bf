import type { DeskkitI18n } from '@deskkit/forms';
import type { FormDefinition, Table, TicketQuery } from '@deskkit/runtime';
import type { ComponentType } from 'react';
import type { DashboardDataSource, DataRequests, DataResults } from '../data/dataSource.types';
import type { T } from '../i18n/messages';

/** What a widget's `query` function receives besides its configuration and state. */
export interface WidgetQueryContext {
  /** The signed-in user (actor id). */
  user: string;
  /** The data source's clock, to the minute. */
  now: Date;
  /**
   * The desk's IANA time zone: the `DeskkitI18nProvider`'s (the browser's without one), unless
   * the data source still sets the deprecated `DashboardDataSource.timeZone`. Day, week and month
   * buckets and calendar days are this zone's.
   */
  timeZone?: string;
}

/** A ticket a widget links to. */
export interface TicketLink {
  id: string;
  number?: string;
}

/** Everything a widget's components may use besides config, state and data. */
export interface WidgetContext extends WidgetQueryContext {
  t: T;
  /** The desk's locale and time zone (`DeskkitI18nProvider`): format every date and number with it. */
  i18n: DeskkitI18n;
  dataSource: DashboardDataSource;
  /** Opens a ticket (calls the dashboard's `onOpenTicket`). */
  openTicket(ticket: TicketLink): void;
  /** The `href` of a ticket, when the dashboard has `ticketHref`. */
  ticketHref(ticket: TicketLink): string | undefined;
  /** Opens the ticket list filtered by a query (calls `onOpenTicketList`). */
  openTicketList(query: TicketQuery, label: string): void;
  /** The `href` of a filtered ticket list, when the dashboard has `ticketListHref`. */
  ticketListHref(query: TicketQuery): string | undefined;
  /** A person's display name from the directory (the id until it is known). */
  userName(id: string): string;
  /** A group's display name from the directory (the id until it is known). */
  groupName(id: string): string;
  /** A department's display name from the directory (the id until it is known). */
  departmentName(id: string): string;
  /** A workflow's display name (`DashboardDataSource.workflows`; the key until it is known). */
  workflowName(key: string): string;
}

/** Updates a widget's interactive state (filters, sort, page, period). */
export type SetWidgetState<S> = (update: S | ((previous: S) => S)) => void;

/** Props of a widget's toolbar (filters a person sets), shown above its content in every state. */
export interface WidgetToolbarProps<C, S> {
  config: C;
  state: S;
  setState: SetWidgetState<S>;
  context: WidgetContext;
  /** Id prefix unique to this widget on the page, for labels. */
  id: string;
}

/** Props of a widget's main component, rendered once its data has loaded. */
export interface WidgetViewProps<C, S, D> extends WidgetToolbarProps<C, S> {
  data: D;
  /** Width and height of the widget in grid cells. */
  size: { w: number; h: number };
}

/** Default and minimum size of a new widget of a type, in grid cells. */
export interface WidgetSize {
  w: number;
  h: number;
  minW?: number;
  minH?: number;
}

/**
 * A widget type: its configuration schema, the data it queries and how it renders.
 *
 * - `C` is the configuration (JSON, edited with the `config` form),
 * - `S` the interactive state a person changes while looking at it (filters, sort, page),
 * - `Q` the named data requests `query` returns; the component receives their results.
 */
export interface WidgetSpec<C extends object, S, Q extends DataRequests> {
  /** Unique type name, stored in `WidgetInstance.type`. */
  type: string;
  /** Name shown in pickers. */
  label(t: T): string;
  description?(t: T): string;
  /** The configuration form (JSON Schema + UI), rendered by `@deskkit/forms`. */
  config: FormDefinition;
  /** Configuration a new widget starts with; stored configuration is merged over it. */
  defaultConfig: C;
  defaultSize: WidgetSize;
  /** Interactive state of a freshly shown widget. */
  initialState(config: C): S;
  /** The data to load for this configuration and state: a query, never a client-side filter. */
  query(config: C, state: S, context: WidgetQueryContext): Q;
  /** Whether loaded data counts as empty (the frame then shows `emptyMessage`). */
  isEmpty?(data: DataResults<Q>, config: C, context: WidgetQueryContext): boolean;
  /** Text shown when `isEmpty` holds. */
  emptyMessage?(t: T): string;
  /**
   * The widget's figures as a table, for export (CSV and XLSX buttons in its header): numbers
   * stay numbers, headers are translated. Widgets without it offer no export.
   */
  table?(data: DataResults<Q>, config: C, context: WidgetContext): Table;
  Toolbar?: ComponentType<WidgetToolbarProps<C, S>>;
  Component: ComponentType<WidgetViewProps<C, S, DataResults<Q>>>;
}

/** A widget type as the registry stores it (its type parameters erased). */
export interface WidgetType {
  readonly type: string;
  label(t: T): string;
  description?(t: T): string;
  readonly config: FormDefinition;
  readonly defaultConfig: Readonly<Record<string, unknown>>;
  readonly defaultSize: WidgetSize;
  initialState(config: Record<string, unknown>): unknown;
  query(config: Record<string, unknown>, state: unknown, context: WidgetQueryContext): DataRequests;
  isEmpty?(
    data: Record<string, unknown>,
    config: Record<string, unknown>,
    context: WidgetQueryContext,
  ): boolean;
  emptyMessage?(t: T): string;
  table?(
    data: Record<string, unknown>,
    config: Record<string, unknown>,
    context: WidgetContext,
  ): Table;
  readonly Toolbar?: ComponentType<WidgetToolbarProps<Record<string, unknown>, unknown>>;
  readonly Component: ComponentType<
    WidgetViewProps<Record<string, unknown>, unknown, Record<string, unknown>>
  >;
}
