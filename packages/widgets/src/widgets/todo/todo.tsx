import type { WorkItem } from '@deskkit/runtime';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { PriorityBadge } from '../shared/Badges';
import { formatDuration } from '../shared/format';
import { TicketLink } from '../shared/TicketLink';

/** Configuration of the "my to-do" widget. */
export interface TodoConfig {
  /** Items listed (the count covers all of them). */
  limit: number;
  /** Include shared-queue items the user may claim. */
  includeQueue: boolean;
}

function TodoItem({ item, context }: { item: WorkItem; context: WidgetContext }) {
  const { t } = context;
  const age = context.now.getTime() - Date.parse(item.createdAt);
  const kind = item.queue
    ? t('todo.queue')
    : item.kind === 'approval'
      ? t('todo.approval')
      : t('todo.task');
  return (
    <li className="dk-todo__item">
      <TicketLink
        ticket={{ id: item.ticketId, number: item.ticketNumber }}
        context={context}
        className="dk-todo__link"
        label={t('todo.open', { number: item.ticketNumber ?? item.ticketId })}
      >
        <span className="dk-todo__number">{item.ticketNumber ?? item.ticketId}</span>
        <span className="dk-todo__title">{item.title ?? item.nodeName ?? item.nodeId}</span>
      </TicketLink>
      <span className="dk-todo__meta">
        <span className={`dk-tag dk-tag--${item.queue ? 'queue' : item.kind}`}>{kind}</span>
        {item.nodeName && <span className="dk-todo__step">{item.nodeName}</span>}
        <PriorityBadge priority={item.priority} />
        <span className="dk-todo__age">{formatDuration(age, t)}</span>
      </span>
    </li>
  );
}

/** "My to-do": the signed-in user's open work items, with their count, each linking to its ticket. */
export const todoWidget = defineWidget({
  type: 'todo',
  label: (t) => t('type.todo'),
  description: (t) => t('type.todo.description'),
  config: {
    schema: {
      type: 'object',
      properties: {
        limit: { type: 'integer', title: 'Items listed', minimum: 1, maximum: 50, default: 8 },
        includeQueue: { type: 'boolean', title: 'Include queue items I can claim', default: true },
      },
    },
  },
  defaultConfig: { limit: 8, includeQueue: true } as TodoConfig,
  defaultSize: { w: 4, h: 6, minW: 3, minH: 3 },
  initialState: () => null,
  query: (_config: TodoConfig, _state, ctx) => ({
    items: { kind: 'tasks' as const, actor: ctx.user, filter: { state: ['open' as const] } },
  }),
  isEmpty: (data, config) => visible(data.items, config).length === 0,
  emptyMessage: (t) => t('todo.empty'),
  Component: ({ data, config, context }) => {
    const items = visible(data.items, config).sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    );
    const shown = items.slice(0, config.limit);
    return (
      <div className="dk-todo">
        <p className="dk-todo__count">
          <span className="dk-kpi">{items.length}</span>
          <span className="dk-kpi__label">{context.t('todo.count', { count: items.length })}</span>
        </p>
        <ul className="dk-todo__list">
          {shown.map((item) => (
            <TodoItem key={item.id} item={item} context={context} />
          ))}
        </ul>
        {items.length > shown.length && (
          <p className="dk-todo__more">
            {context.t('todo.more', { count: items.length - shown.length })}
          </p>
        )}
      </div>
    );
  },
});

// Queue items are part of the runtime's answer for a candidate; hiding them is a display choice
// of this widget's configuration, not a filter of the ticket data.
function visible(items: WorkItem[], config: TodoConfig): WorkItem[] {
  return config.includeQueue ? [...items] : items.filter((i) => !i.queue);
}
