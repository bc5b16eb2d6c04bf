import type { FormLayoutNode } from '@deskkit/runtime';
import type { ReactElement, ReactNode } from 'react';
import { memo, useId, useState } from 'react';
import { useContent, useErrorCount, useLayout, useReveal, useShown } from './containers';
import { FieldSlot } from './FieldSlot';
import { useGateLimit } from './mount';
import type { TabNode } from './Tabs';
import { Tabs } from './Tabs';

export { LayoutContext } from './containers';
export type { LayoutContextValue } from './containers';

/** Items per `.dk-chunk` of a long list (see renderer.css). */
const CHUNK = 24;

/** `columns` of containers that are not rows: fields take the full width unless they set a span. */
export const FULL = 0;

function Group(props: { node: Extract<FormLayoutNode, { type: 'group' }> }): ReactElement | null {
  const { node } = props;
  const { t, store } = useLayout();
  const content = useContent(node.children);
  const [collapsed, setCollapsed] = useState(() => {
    const revealing = store.getRevealing();
    if (revealing !== undefined && content.fields.includes(revealing)) return false;
    return Boolean(node.collapsible && node.collapsed);
  });
  // A collapsed group mounts its fields when first opened, and keeps them mounted after.
  const [opened, setOpened] = useState(!collapsed);
  const [expand] = useState(() => () => {
    setCollapsed(false);
    setOpened(true);
  });
  useReveal(content.fields, expand);
  const errors = useErrorCount(content.fields);
  const shown = useShown(content);
  const bodyId = useId();
  const titleId = useId();
  if (!shown) return null;
  return (
    <section
      className={`dk-group${collapsed ? ' dk-group--collapsed' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 className="dk-group__title" id={titleId}>
        {node.collapsible ? (
          <button
            type="button"
            className="dk-group__toggle"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            title={t('group.toggle', { title: node.title })}
            onClick={() => {
              setCollapsed((c) => !c);
              setOpened(true);
            }}
          >
            <span className="dk-group__chevron" aria-hidden="true">
              ▸
            </span>
            {node.title}
            {errors > 0 && ' '}
            {errors > 0 && (
              <span className="dk-badge dk-badge--error">
                <span aria-hidden="true">{errors}</span>
                <span className="dk-visually-hidden">
                  {' '}
                  {t('container.errors', { count: errors })}
                </span>
              </span>
            )}
          </button>
        ) : (
          node.title
        )}
      </h3>
      <div id={bodyId} className="dk-group__body" hidden={collapsed}>
        {opened && <Nodes nodes={node.children} columns={FULL} />}
      </div>
    </section>
  );
}

function Row({ node }: { node: Extract<FormLayoutNode, { type: 'row' }> }): ReactElement | null {
  const columns = node.columns ?? Math.min(4, Math.max(1, node.children.length));
  // A row of hidden fields would still take a grid row and its gap.
  const shown = useShown(useContent(node.children));
  if (!shown) return null;
  return (
    <div className={`dk-row dk-cols-${columns}`}>
      <Nodes nodes={node.children} columns={columns} />
    </div>
  );
}

/**
 * Renders layout nodes; consecutive tabs become one tab set. In a long form only the nodes the
 * mount gate lets through are drawn (the first screen first, the rest in the following steps).
 */
/** A tab panel's nodes, full width. */
function renderFullWidth(nodes: FormLayoutNode[]): ReactNode {
  return <Nodes nodes={nodes} columns={FULL} />;
}

export const Nodes = memo(function Nodes(props: {
  nodes: FormLayoutNode[];
  columns: number;
}): ReactElement {
  const { nodes, columns } = props;
  const { model, store, registry, readOnly, onFieldChange, gate } = useLayout();
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const to = last ? (model.ends.get(last) ?? 0) : 0;
  const limit = useGateLimit(gate, first ? (model.starts.get(first) ?? 0) : 0, to);
  const out: ReactNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as FormLayoutNode;
    if (limit < to && (model.starts.get(node) ?? 0) >= limit) break;
    if (node.type === 'tab') {
      const tabs: TabNode[] = [];
      let j = i;
      while (j < nodes.length && nodes[j]?.type === 'tab') tabs.push(nodes[j++] as TabNode);
      out.push(<Tabs key={`tabs-${node.id}`} tabs={tabs} renderPanel={renderFullWidth} />);
      i = j - 1;
    } else if (node.type === 'group') out.push(<Group key={node.id} node={node} />);
    else if (node.type === 'row') out.push(<Row key={node.id} node={node} />);
    else if (node.type === 'text') {
      out.push(
        <div key={node.id} className={`dk-cell dk-span-${columns || 4} dk-text`}>
          {node.content.split('\n').map((line, k) => (
            <p key={k}>{line}</p>
          ))}
        </div>,
      );
    } else {
      const field = model.fields.get(node.field);
      if (!field) continue;
      out.push(
        <FieldSlot
          key={`f-${node.field}`}
          model={field}
          store={store}
          registry={registry}
          readOnly={readOnly}
          columns={columns}
          onFieldChange={onFieldChange}
        />,
      );
    }
  }
  // Decided on the whole list, not on what the gate let through yet: a list that switched from
  // bare fields to chunks as it mounted would unmount and remount its first screen of fields.
  if (columns !== FULL || nodes.length <= CHUNK) return <>{out}</>;
  const chunks: ReactNode[] = [];
  for (let i = 0; i < out.length; i += CHUNK) {
    chunks.push(
      <div key={`chunk-${i / CHUNK}`} className="dk-chunk">
        {out.slice(i, i + CHUNK)}
      </div>,
    );
  }
  return <>{chunks}</>;
});
