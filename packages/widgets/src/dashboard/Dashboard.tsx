import type { TicketQuery } from '@deskkit/runtime';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DashboardDataSource } from '../data/dataSource.types';
import type { Translate } from '../i18n/messages';
import { useWidgetsTranslator } from '../i18n/useTranslator';
import type {
  Breakpoint,
  DashboardDocument,
  DashboardLayouts,
  LayoutItem,
  PersonalLayout,
  WidgetInstance,
  WidgetLibrary,
} from '../model/dashboard.types';
import {
  DEFAULT_BREAKPOINTS,
  DEFAULT_COLS,
  addToLayouts,
  effectiveLayouts,
  moveLayoutItem,
  removeFromLayouts,
  resizeLayoutItem,
  withBreakpointLayout,
  type LayoutStep,
} from '../model/layouts';
import { breakpointForWidth, layoutForBreakpoint } from '../model/grid';
import type { WidgetRegistry } from '../registry/registry';
import type { TicketLink } from '../registry/widget.types';
import { defaultWidgetRegistry } from '../widgets/builtins';
import { AddWidgetDialog } from './AddWidgetDialog';
import { ConfigDialog } from './ConfigDialog';
import { DashboardGrid } from './DashboardGrid';
import { DashboardContext, createNameCache, type DashboardContextValue } from './context';
import type { WidgetExportFile } from './exportTable';
import { useWidth } from './useWidth';
import { WidgetFrame } from './WidgetFrame';

/** Who the edits of an edit session change. */
export type DashboardEditTarget = 'shared' | 'personal';

/** Props of {@link Dashboard}. */
export interface DashboardProps {
  /** The dashboard shown (placement of widgets): controlled. */
  value: DashboardDocument;
  /** Called with the new dashboard after a shared edit (admin: layout, add, remove). */
  onChange?: (value: DashboardDocument) => void;
  /** The component library the dashboard's items refer to. */
  library: WidgetLibrary;
  /** Called with the new library after a widget's configuration is saved or a widget is added. */
  onLibraryChange?: (library: WidgetLibrary) => void;
  /** The signed-in user's personal layout of this dashboard, if they saved one. */
  personal?: PersonalLayout | null;
  /** Called with the user's new personal layout, or `null` after "reset to default". */
  onPersonalChange?: (personal: PersonalLayout | null) => void;
  /** Where the data comes from; a `Runtime` is one. */
  dataSource: DashboardDataSource;
  /** The signed-in user (actor id): "my to-do" and personal layouts are theirs. */
  user: string;
  /** The widget types available; the built-ins when absent. */
  registry?: WidgetRegistry;
  /** `view` or `edit`; uncontrolled (starts in `view`) when absent. */
  mode?: 'view' | 'edit';
  /** Called when the person enters or leaves edit mode. */
  onModeChange?: (mode: 'view' | 'edit') => void;
  /**
   * What editing changes. Default: `personal` when the dashboard is `personalizable` and
   * `onPersonalChange` is given, else `shared` when `onChange` is given; without either the
   * dashboard cannot be edited.
   */
  editTarget?: DashboardEditTarget;
  /** Opens a ticket (to-do items, table rows, SLA board, calendar entries). */
  onOpenTicket?: (ticket: TicketLink) => void;
  /** Opens the ticket list with a query (counters, workload, chart segments). */
  onOpenTicketList?: (query: TicketQuery, label: string) => void;
  /**
   * Receives a widget's exported figures (its CSV or XLSX buttons) instead of the browser
   * downloading them: to store, e-mail or test them.
   */
  onExport?: (file: WidgetExportFile) => void;
  /** Makes ticket links real links (`<a href>`), e.g. `(t) => '#/tickets/' + t.id`. */
  ticketHref?: (ticket: TicketLink) => string | undefined;
  /** Makes ticket list links real links. */
  ticketListHref?: (query: TicketQuery) => string | undefined;
  /** Translates user-facing strings (English defaults). */
  translate?: Translate;
  /** `dark` adds the `.dk-dark` theme class. */
  theme?: 'light' | 'dark';
  className?: string;
  /** Grid breakpoints (min width in px) and columns per breakpoint. */
  breakpoints?: Record<Breakpoint, number>;
  cols?: Record<Breakpoint, number>;
  /** Height of one grid row in px (default 56). */
  rowHeight?: number;
  /** Width used before the container is measured (default 1280). */
  initialWidth?: number;
}

function newId(prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * A controlled, responsive dashboard of widgets: view and edit modes, drag and resize with the
 * mouse or the keyboard, per-breakpoint layouts, shared (admin) and personal layouts.
 *
 * @example
 * ```tsx
 * <Dashboard
 *   value={dashboard} onChange={setDashboard}
 *   library={library} onLibraryChange={setLibrary}
 *   personal={mine} onPersonalChange={setMine}
 *   dataSource={runtime} user="ann"
 *   onOpenTicket={(t) => navigate(`/tickets/${t.id}`)}
 * />
 * ```
 */
export function Dashboard(props: DashboardProps) {
  const {
    value: doc,
    library,
    personal,
    dataSource,
    user,
    registry = defaultWidgetRegistry,
    breakpoints = DEFAULT_BREAKPOINTS,
    cols = DEFAULT_COLS,
    rowHeight = 56,
  } = props;
  const t = useWidgetsTranslator(props.translate);
  const names = useMemo(() => createNameCache(dataSource), [dataSource]);
  const [ownMode, setOwnMode] = useState<'view' | 'edit'>('view');
  const mode = props.mode ?? ownMode;
  const setMode = (m: 'view' | 'edit') => {
    setOwnMode(m);
    props.onModeChange?.(m);
  };
  const target: DashboardEditTarget | null =
    props.editTarget ??
    (doc.personalizable && props.onPersonalChange ? 'personal' : props.onChange ? 'shared' : null);
  const editing = mode === 'edit' && target !== null;
  const usePersonal = doc.personalizable && target !== 'shared';
  const layouts = useMemo(
    () => (usePersonal ? effectiveLayouts(doc, personal) : doc.layouts),
    [usePersonal, doc, personal],
  );
  const { ref, width } = useWidth<HTMLDivElement>(props.initialWidth ?? 1280);
  const breakpoint = breakpointForWidth(breakpoints, width);
  const colCount = cols[breakpoint] ?? 12;
  const itemIds = useMemo(() => doc.items.map((it) => it.i), [doc.items]);
  // The rectangles shown at this width: the breakpoint's own, or derived from a neighbour's.
  const shown = useMemo(
    () => layoutForBreakpoint(layouts, breakpoints, breakpoint, colCount, itemIds),
    [layouts, breakpoints, breakpoint, colCount, itemIds],
  );
  // A keyboard step's result until the host passes the new layout back (steps in quick succession).
  const keyed = useRef<{ from: readonly LayoutItem[]; layout: readonly LayoutItem[] } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [configuring, setConfiguring] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const commitLayouts = useCallback(
    (next: DashboardLayouts) => {
      if (target === 'personal') {
        props.onPersonalChange?.({
          dashboard: doc.id,
          user,
          layouts: next,
          basedOn: doc.version,
          updatedAt: (dataSource.now?.() ?? new Date()).toISOString(),
        });
      } else if (target === 'shared') {
        props.onChange?.({ ...doc, layouts: next, version: (doc.version ?? 0) + 1 });
      }
    },
    [target, props, doc, user, dataSource],
  );

  const commitBreakpoint = (layout: readonly LayoutItem[]) => {
    const base =
      target === 'personal'
        ? personal?.dashboard === doc.id
          ? personal.layouts
          : {}
        : doc.layouts;
    commitLayouts(withBreakpointLayout(base, breakpoint, layout));
  };

  const currentLayout = (): readonly LayoutItem[] =>
    keyed.current?.from === shown ? keyed.current.layout : shown;

  const titleOf = (i: string): string => {
    const item = doc.items.find((it) => it.i === i);
    const inst = item ? library[item.widget] : undefined;
    const type = inst ? registry.get(inst.type) : undefined;
    return item?.title ?? inst?.title ?? (type ? type.label(t) : i);
  };

  const keyboard = (i: string, step: LayoutStep, resize: boolean) => {
    const before = currentLayout();
    const next = resize
      ? resizeLayoutItem(before, i, step, colCount)
      : moveLayoutItem(before, i, step, colCount);
    const item = next.find((l) => l.i === i);
    if (!item) return;
    keyed.current = { from: shown, layout: next };
    commitBreakpoint(next);
    announcePlace(item, resize);
  };

  const announcePlace = (item: LayoutItem, resized: boolean) =>
    setAnnouncement(
      resized
        ? t('dashboard.resized', { title: titleOf(item.i), w: item.w, h: item.h })
        : t('dashboard.moved', { title: titleOf(item.i), x: item.x + 1, y: item.y + 1 }),
    );

  const removeItem = (i: string) => {
    const title = titleOf(i);
    props.onChange?.({
      ...doc,
      items: doc.items.filter((it) => it.i !== i),
      layouts: removeFromLayouts(doc.layouts, i),
      version: (doc.version ?? 0) + 1,
    });
    setAnnouncement(t('dashboard.removed', { title }));
  };

  const addWidget = (choice: { libraryId: string } | { type: string }) => {
    setAdding(false);
    let widgetId: string;
    let size = { w: 4, h: 4 };
    if ('type' in choice) {
      const type = registry.get(choice.type);
      if (!type) return;
      widgetId = newId(choice.type, new Set(Object.keys(library)));
      const instance: WidgetInstance = { type: type.type, config: { ...type.defaultConfig } };
      props.onLibraryChange?.({ ...library, [widgetId]: instance });
      size = type.defaultSize;
    } else {
      widgetId = choice.libraryId;
      const inst = library[widgetId];
      const type = inst ? registry.get(inst.type) : undefined;
      if (type) size = type.defaultSize;
    }
    const i = newId(widgetId, new Set(doc.items.map((it) => it.i)));
    props.onChange?.({
      ...doc,
      items: [...doc.items, { i, widget: widgetId }],
      layouts: addToLayouts(doc.layouts, i, size, cols),
      version: (doc.version ?? 0) + 1,
    });
    setAnnouncement(
      t('dashboard.added', {
        title: library[widgetId]?.title ?? registry.get(widgetId)?.label(t) ?? widgetId,
      }),
    );
    if ('type' in choice) setConfiguring(widgetId);
  };

  const ctx: DashboardContextValue = useMemo(
    () => ({
      t,
      dataSource,
      registry,
      user,
      names,
      onOpenTicket: props.onOpenTicket,
      onOpenTicketList: props.onOpenTicketList,
      ticketHref: props.ticketHref,
      ticketListHref: props.ticketListHref,
      onExport: props.onExport,
    }),
    [
      t,
      dataSource,
      registry,
      user,
      names,
      props.onOpenTicket,
      props.onOpenTicketList,
      props.ticketHref,
      props.ticketListHref,
      props.onExport,
    ],
  );

  const personalActive = usePersonal && personal?.dashboard === doc.id;
  const outdated =
    personalActive &&
    personal?.basedOn !== undefined &&
    doc.version !== undefined &&
    personal.basedOn < doc.version;
  const rootClass = [
    'dk-dashboard',
    props.theme === 'dark' ? 'dk-dark' : '',
    editing ? 'dk-dashboard--editing' : '',
    props.className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const configInstance = configuring ? library[configuring] : undefined;
  const configType = configInstance ? registry.get(configInstance.type) : undefined;
  const sizeOf = (i: string) => {
    const l = shown.find((x) => x.i === i);
    return { w: l?.w ?? 4, h: l?.h ?? 4 };
  };

  return (
    <DashboardContext.Provider value={ctx}>
      <div
        className={rootClass}
        aria-label={t('dashboard.label', { name: doc.name })}
        role="region"
      >
        <div className="dk-dashboard__toolbar">
          <div className="dk-dashboard__heading">
            {/* h2: a dashboard embedded in a host page does not own the page's h1. */}
            <h2 className="dk-dashboard__name">{doc.name}</h2>
            {personalActive && <span className="dk-badge">{t('dashboard.personalized')}</span>}
            {editing && (
              <span className="dk-dashboard__editing-note">
                {target === 'personal'
                  ? t('dashboard.editingPersonal')
                  : t('dashboard.editingShared', {
                      roles: doc.roles?.length ? doc.roles.join(', ') : t('dashboard.everyone'),
                    })}
              </span>
            )}
          </div>
          <div className="dk-dashboard__actions">
            {editing && target === 'shared' && props.onLibraryChange !== undefined && (
              <button type="button" className="dk-button" onClick={() => setAdding(true)}>
                {t('dashboard.add')}
              </button>
            )}
            {editing && target === 'personal' && personalActive && (
              <button
                type="button"
                className="dk-button"
                onClick={() => {
                  keyed.current = null;
                  props.onPersonalChange?.(null);
                  setAnnouncement(t('dashboard.resetDone'));
                }}
              >
                {t('dashboard.reset')}
              </button>
            )}
            {target !== null && (
              <button
                type="button"
                className={editing ? 'dk-button dk-button--primary' : 'dk-button'}
                aria-pressed={editing}
                onClick={() => setMode(editing ? 'view' : 'edit')}
              >
                {editing ? t('dashboard.done') : t('dashboard.edit')}
              </button>
            )}
          </div>
        </div>
        {outdated && <p className="dk-dashboard__notice">{t('dashboard.outdated')}</p>}
        <div aria-live="polite" className="dk-visually-hidden">
          {announcement}
        </div>
        <div ref={ref} className="dk-dashboard__grid">
          {doc.items.length === 0 ? (
            <p className="dk-state dk-state--empty dk-dashboard__empty">
              {editing ? t('dashboard.emptyEdit') : t('dashboard.empty')}
            </p>
          ) : (
            <DashboardGrid
              layout={shown}
              width={width}
              cols={colCount}
              rowHeight={rowHeight}
              gap={16}
              editable={editing}
              onLayoutCommit={(next, change) => {
                commitBreakpoint(next);
                const item = next.find((l) => l.i === change.id);
                if (item) announcePlace(item, change.kind === 'resize');
              }}
              renderItem={(i) => {
                const item = doc.items.find((it) => it.i === i);
                if (!item) return null;
                return (
                  <WidgetFrame
                    itemId={item.i}
                    widgetId={item.widget}
                    instance={library[item.widget]}
                    title={item.title}
                    size={sizeOf(item.i)}
                    editing={editing}
                    canConfigure={target === 'shared' && props.onLibraryChange !== undefined}
                    onMove={(step) => keyboard(item.i, step, false)}
                    onResize={(step) => keyboard(item.i, step, true)}
                    onConfigure={() => setConfiguring(item.widget)}
                    onRemove={
                      target === 'shared' && props.onChange ? () => removeItem(item.i) : undefined
                    }
                  />
                );
              }}
            />
          )}
        </div>
        {adding && (
          <AddWidgetDialog
            registry={registry}
            library={library}
            placed={new Set(doc.items.map((it) => it.widget))}
            onAdd={addWidget}
            onClose={() => setAdding(false)}
          />
        )}
        {configuring && configInstance && configType && (
          <ConfigDialog
            widgetId={configuring}
            instance={configInstance}
            type={configType}
            theme={props.theme}
            onSave={(instance) => {
              props.onLibraryChange?.({ ...library, [configuring]: instance });
              setConfiguring(null);
            }}
            onClose={() => setConfiguring(null)}
          />
        )}
      </div>
    </DashboardContext.Provider>
  );
}
