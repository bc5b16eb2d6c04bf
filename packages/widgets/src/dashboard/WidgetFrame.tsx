import { useI18n } from '@deskkit/forms';
import { safeFormValidator } from '@deskkit/runtime';
import {
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { MissingDirectoryError } from '../data/fetchRequest';
import { useWidgetData } from '../data/useWidgetData';
import type { LayoutStep } from '../model/layouts';
import type { WidgetInstance } from '../model/dashboard.types';
import type { SetWidgetState, WidgetContext, WidgetType } from '../registry/widget.types';
import { useDashboardContext } from './context';
import { downloadWidgetFile, writeWidgetFile } from './exportTable';

/** Props of {@link WidgetFrame}. */
export interface WidgetFrameProps {
  /** Layout id of this placement. */
  itemId: string;
  /** Library id of the configured widget. */
  widgetId: string;
  instance: WidgetInstance | undefined;
  /** Title override of this placement. */
  title?: string;
  size: { w: number; h: number };
  editing?: boolean;
  /** Configuration and removal are offered (shared editing). */
  canConfigure?: boolean;
  onMove?(step: LayoutStep): void;
  onResize?(step: LayoutStep): void;
  onConfigure?(): void;
  onRemove?(): void;
}

const STEPS: Record<string, LayoutStep> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function minute(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 60_000) * 60_000);
}

/** One widget on the dashboard: header, toolbar, and its content in loading/empty/error/ready states. */
export function WidgetFrame(props: WidgetFrameProps) {
  const ctx = useDashboardContext();
  const { t, registry } = ctx;
  const type = props.instance ? registry.get(props.instance.type) : undefined;
  const title = props.title ?? props.instance?.title ?? (type ? type.label(t) : props.widgetId);
  if (!props.instance || !type) {
    const problem = !props.instance
      ? t('widget.missing', { id: props.widgetId })
      : t('widget.unknownType', { type: props.instance.type });
    return (
      <FrameShell {...props} title={title} canConfigure={false}>
        <div className="dk-widget__body">
          <p className="dk-state dk-state--error" role="alert">
            {problem}
          </p>
        </div>
      </FrameShell>
    );
  }
  return (
    <WidgetContent
      key={`${props.widgetId}:${props.instance.type}`}
      frame={props}
      type={type}
      instance={props.instance}
      title={title}
      ctx={ctx}
    />
  );
}

function FrameShell(
  props: WidgetFrameProps & { title: string; meta?: ReactNode; children: ReactNode },
) {
  const { t } = useDashboardContext();
  const { title } = props;
  const titleId = useId();
  const helpId = useId();
  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = STEPS[e.key];
    if (!step) return;
    e.preventDefault();
    if (e.shiftKey) props.onResize?.(step);
    else props.onMove?.(step);
  };
  return (
    <section
      className="dk-widget"
      aria-labelledby={titleId}
      // Widgets are regions a keyboard user tabs between; the frame itself takes focus.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      data-widget-type={props.instance?.type}
    >
      <header className="dk-widget__header">
        {props.editing && (
          <button
            type="button"
            className="dk-widget__handle dk-drag-handle"
            aria-label={t('widget.move', { title })}
            aria-describedby={helpId}
            onKeyDown={onHandleKey}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <h3 className="dk-widget__title" id={titleId}>
          {title}
        </h3>
        <span id={helpId} className="dk-visually-hidden">
          {t('dashboard.keyboardHelp')}
        </span>
        {props.meta}
        {props.editing && (props.canConfigure || props.onRemove) && (
          <span className="dk-widget__edit-actions">
            {props.canConfigure && (
              <button
                type="button"
                className="dk-icon-button"
                aria-label={t('widget.configure', { title })}
                title={t('widget.configure', { title })}
                onClick={props.onConfigure}
              >
                <span aria-hidden="true">⚙</span>
              </button>
            )}
            {props.onRemove && (
              <button
                type="button"
                className="dk-icon-button"
                aria-label={t('widget.remove', { title })}
                title={t('widget.remove', { title })}
                onClick={props.onRemove}
              >
                <span aria-hidden="true">✕</span>
              </button>
            )}
          </span>
        )}
      </header>
      {props.children}
    </section>
  );
}

function WidgetContent({
  frame,
  type,
  instance,
  title,
  ctx,
}: {
  frame: WidgetFrameProps;
  type: WidgetType;
  instance: WidgetInstance;
  title: string;
  ctx: ReturnType<typeof useDashboardContext>;
}) {
  const size = frame.size;
  const { t, dataSource, user, names } = ctx;
  const id = useId();
  const config = useMemo(
    () => ({ ...type.defaultConfig, ...instance.config }),
    [type.defaultConfig, instance.config],
  );
  const issues = useMemo(() => {
    try {
      return safeFormValidator.validate(type.config.schema, config);
    } catch (err) {
      return [
        { path: '', code: 'SCHEMA', severity: 'error' as const, message: (err as Error).message },
      ];
    }
  }, [type.config.schema, config]);
  const [state, setStateRaw] = useState<unknown>(() => type.initialState(config));
  const setState: SetWidgetState<unknown> = (update) =>
    setStateRaw((prev: unknown) =>
      typeof update === 'function' ? (update as (p: unknown) => unknown)(prev) : update,
    );
  const now = minute(dataSource.now?.() ?? new Date());
  const i18n = useI18n();
  // One time zone: the provider's (`DeskkitI18nProvider`), which also formats every date shown;
  // the deprecated `DashboardDataSource.timeZone` still overrides it where a host sets it.
  const queryContext = { user, now, timeZone: dataSource.timeZone ?? i18n.timeZone };
  // useWidgetData keys on the requests' JSON, so a fresh object per render does not refetch.
  const requests = issues.length ? null : type.query(config, state, queryContext);
  const data = useWidgetData(dataSource, requests, instance.refreshSeconds);
  // Re-render when directory names arrive.
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  useEffect(() => names.subscribe(bump), [names]);

  const context: WidgetContext = {
    t,
    i18n,
    ...queryContext,
    dataSource,
    openTicket: (ticket) => ctx.onOpenTicket?.(ticket),
    ticketHref: (ticket) => ctx.ticketHref?.(ticket),
    openTicketList: (query, label) => ctx.onOpenTicketList?.(query, label),
    ticketListHref: (query) => ctx.ticketListHref?.(query),
    userName: (uid) => names.user(uid),
    groupName: (gid) => names.group(gid),
    departmentName: (id) => names.department(id),
    workflowName: (key) => names.workflow(key),
  };

  let body: ReactNode;
  if (issues.length) {
    body = (
      <p className="dk-state dk-state--error" role="alert">
        {t('widget.invalidConfig', { issues: issues.map((i) => i.message).join('; ') })}
      </p>
    );
  } else if (data.status === 'loading') {
    body = (
      <div className="dk-state dk-state--loading" role="status">
        <span className="dk-spinner" aria-hidden="true" />
        {t('widget.loading')}
      </div>
    );
  } else if (data.status === 'error') {
    body = (
      <div className="dk-state dk-state--error" role="alert">
        <p>{t('widget.error')}</p>
        {data.error ? (
          <p className="dk-state__detail">
            {data.error instanceof MissingDirectoryError
              ? t('widget.noDirectory', { rota: data.error.rota })
              : i18n.errorMessage(data.error)}
          </p>
        ) : null}
        <button type="button" className="dk-button" onClick={data.reload}>
          {t('widget.retry')}
        </button>
      </div>
    );
  } else if (data.data && type.isEmpty?.(data.data, config, queryContext)) {
    body = (
      <p className="dk-state dk-state--empty">{type.emptyMessage?.(t) ?? t('widget.empty')}</p>
    );
  } else if (data.data) {
    const View = type.Component;
    body = (
      <View
        config={config}
        state={state}
        setState={setState}
        context={context}
        id={id}
        data={data.data}
        size={size}
      />
    );
  }
  const Toolbar = type.Toolbar;
  const exportable = !issues.length && type.table && data.data ? data.data : null;
  const exportAs = (format: 'csv' | 'xlsx') => {
    if (!exportable || !type.table) return;
    setExporting(format);
    setExportError(null);
    const table = type.table(exportable, config, context);
    void writeWidgetFile(table, format, title, now)
      .then((file) => (ctx.onExport ?? downloadWidgetFile)(file))
      .catch((err: unknown) => setExportError((err as Error).message))
      .finally(() => setExporting(null));
  };
  const meta = (
    <span className="dk-widget__meta">
      {exportable && (
        <span className="dk-widget__export">
          <button
            type="button"
            className="dk-icon-button"
            aria-label={t('widget.export', { title })}
            title={t('widget.export', { title })}
            aria-expanded={exportOpen}
            aria-busy={exporting !== null}
            onClick={() => setExportOpen((open) => !open)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setExportOpen(false);
            }}
          >
            <span aria-hidden="true">⤓</span>
          </button>
          {exportOpen && (
            <span
              className="dk-widget__export-menu"
              role="group"
              aria-label={t('widget.export', { title })}
            >
              {(['csv', 'xlsx'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="dk-widget__export-button"
                  aria-label={t('widget.exportAs', { title, format: format.toUpperCase() })}
                  disabled={exporting !== null}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setExportOpen(false);
                  }}
                  onClick={() => {
                    setExportOpen(false);
                    exportAs(format);
                  }}
                >
                  {format.toUpperCase()}
                </button>
              ))}
            </span>
          )}
        </span>
      )}
      {data.loadedAt && (
        <span className="dk-widget__updated">
          {t('widget.updated', {
            time: i18n.formatDateTime(data.loadedAt, { hour: '2-digit', minute: '2-digit' }),
          })}
        </span>
      )}
      <button
        type="button"
        className="dk-icon-button dk-widget__refresh"
        aria-label={t('widget.refresh', { title })}
        title={t('widget.refresh', { title })}
        onClick={data.reload}
        aria-busy={data.refreshing || data.status === 'loading'}
      >
        <span aria-hidden="true" className={data.refreshing ? 'dk-spin' : undefined}>
          ↻
        </span>
      </button>
    </span>
  );
  return (
    <FrameShell {...frame} title={title} meta={meta}>
      {Toolbar && !issues.length && (
        <div className="dk-widget__toolbar">
          <Toolbar config={config} state={state} setState={setState} context={context} id={id} />
        </div>
      )}
      <ScrollBody busy={data.status === 'loading'} label={title}>
        {exportError && (
          <p className="dk-state dk-state--error" role="alert">
            {t('widget.exportFailed', { error: exportError })}
          </p>
        )}
        {body}
      </ScrollBody>
    </FrameShell>
  );
}

/**
 * A widget's body. When its content overflows it scrolls, and then it joins the tab order (named
 * by the widget's title) so a keyboard user can scroll it too.
 */
function ScrollBody(props: { busy: boolean; label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () =>
      setScrolls(el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    check();
    return () => observer.disconnect();
  }, [props.children]);
  return (
    <div
      ref={ref}
      className="dk-widget__body"
      aria-busy={props.busy}
      {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': props.label } : {})}
    >
      {props.children}
    </div>
  );
}
