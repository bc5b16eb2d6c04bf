import type { FormLayoutNode } from '@deskkit/runtime';
import type { FieldPathList, Registry } from '@rjsf/utils';
import type { KeyboardEvent, ReactElement, ReactNode } from 'react';
import {
  createContext,
  memo,
  useContext,
  useEffect,
  useId,
  useState,
  useSyncExternalStore,
} from 'react';
import type { TranslateFn } from '../i18n/messages';
import { FieldSlot } from './FieldSlot';
import type { FormModel } from './model';
import { fieldsIn } from './model';
import type { FormStore } from './store';

/** What every layout node needs; stable for the life of a form. */
export interface LayoutContextValue {
  store: FormStore;
  model: FormModel;
  registry: Registry;
  readOnly: boolean;
  t: TranslateFn;
  onFieldChange: (name: string, value: unknown, path: FieldPathList) => void;
}

/** `columns` of containers that are not rows: fields take the full width unless they set a span. */
export const FULL = 0;

export const LayoutContext = createContext<LayoutContextValue | null>(null);

function useLayout(): LayoutContextValue {
  const value = useContext(LayoutContext);
  if (!value) throw new Error('Layout nodes render inside a FormRenderer.');
  return value;
}

/** The number of errors among some fields, kept current. */
function useErrorCount(fields: string[]): number {
  const { store } = useLayout();
  return useSyncExternalStore(
    (l) => store.subscribe(l),
    () => fields.reduce((n, f) => n + (store.getErrors(f).length > 0 ? 1 : 0), 0),
  );
}

/** Opens this container when something asks to reveal a field inside it. */
function useReveal(fields: string[], open: () => void): void {
  const { store } = useLayout();
  useEffect(
    () =>
      store.onReveal((field) => {
        if (fields.includes(field)) open();
      }),
    [store, fields, open],
  );
}

function Field({ name, columns }: { name: string; columns: number }): ReactElement | null {
  const { model, store, registry, readOnly, onFieldChange } = useLayout();
  const field = model.fields.get(name);
  if (!field) return null;
  return (
    <FieldSlot
      model={field}
      store={store}
      registry={registry}
      readOnly={readOnly}
      columns={columns}
      onFieldChange={onFieldChange}
    />
  );
}

function Group(props: { node: Extract<FormLayoutNode, { type: 'group' }> }): ReactElement {
  const { node } = props;
  const { t } = useLayout();
  const [collapsed, setCollapsed] = useState(Boolean(node.collapsible && node.collapsed));
  const [fields] = useState(() => fieldsIn(node.children));
  const [expand] = useState(() => () => setCollapsed(false));
  useReveal(fields, expand);
  const errors = useErrorCount(fields);
  const bodyId = useId();
  const titleId = useId();
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
            onClick={() => setCollapsed((c) => !c)}
          >
            <span className="dk-group__chevron" aria-hidden="true">
              ▸
            </span>
            {node.title}
            {errors > 0 && <span className="dk-badge dk-badge--error">{errors}</span>}
          </button>
        ) : (
          node.title
        )}
      </h3>
      <div id={bodyId} className="dk-group__body" hidden={collapsed}>
        <Nodes nodes={node.children} columns={FULL} />
      </div>
    </section>
  );
}

function Row({ node }: { node: Extract<FormLayoutNode, { type: 'row' }> }): ReactElement {
  const columns = node.columns ?? Math.min(4, Math.max(1, node.children.length));
  return (
    <div className={`dk-row dk-cols-${columns}`}>
      <Nodes nodes={node.children} columns={columns} />
    </div>
  );
}

type TabNode = Extract<FormLayoutNode, { type: 'tab' }>;

function TabButton(props: {
  tab: TabNode;
  index: number;
  selected: boolean;
  panelId: string;
  tabId: string;
  onSelect: () => void;
  onKey: (e: KeyboardEvent<HTMLButtonElement>) => void;
}): ReactElement {
  const [fields] = useState(() => fieldsIn(props.tab.children));
  const errors = useErrorCount(fields);
  return (
    <button
      type="button"
      role="tab"
      id={props.tabId}
      aria-selected={props.selected}
      aria-controls={props.panelId}
      tabIndex={props.selected ? 0 : -1}
      className={`dk-tab${props.selected ? ' dk-tab--selected' : ''}`}
      onClick={props.onSelect}
      onKeyDown={props.onKey}
    >
      {props.tab.title}
      {errors > 0 && <span className="dk-badge dk-badge--error">{errors}</span>}
    </button>
  );
}

function Tabs({ tabs }: { tabs: TabNode[] }): ReactElement {
  const [active, setActive] = useState(0);
  const base = useId();
  const { store } = useLayout();
  useEffect(
    () =>
      store.onReveal((field) => {
        const index = tabs.findIndex((tab) => fieldsIn(tab.children).includes(field));
        if (index >= 0) setActive(index);
      }),
    [store, tabs],
  );
  const onKey = (e: KeyboardEvent<HTMLButtonElement>): void => {
    let next = active;
    if (e.key === 'ArrowRight') next = (active + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (active - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    else return;
    e.preventDefault();
    setActive(next);
    document.getElementById(`${base}-tab-${next}`)?.focus();
  };
  return (
    <div className="dk-tabs">
      <div role="tablist" className="dk-tabs__list">
        {tabs.map((tab, i) => (
          <TabButton
            key={tab.id}
            tab={tab}
            index={i}
            selected={i === active}
            tabId={`${base}-tab-${i}`}
            panelId={`${base}-panel-${i}`}
            onSelect={() => setActive(i)}
            onKey={onKey}
          />
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${i}`}
          aria-labelledby={`${base}-tab-${i}`}
          hidden={i !== active}
          className="dk-tabs__panel"
          // A panel is a stop in the tab order only when it has nothing focusable; fields are.
          tabIndex={-1}
        >
          <Nodes nodes={tab.children} columns={FULL} />
        </div>
      ))}
    </div>
  );
}

/** Renders layout nodes; consecutive tabs become one tab set. */
export const Nodes = memo(function Nodes(props: {
  nodes: FormLayoutNode[];
  columns: number;
}): ReactElement {
  const { nodes, columns } = props;
  const out: ReactNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as FormLayoutNode;
    if (node.type === 'tab') {
      const tabs: TabNode[] = [];
      let j = i;
      while (j < nodes.length && nodes[j]?.type === 'tab') tabs.push(nodes[j++] as TabNode);
      out.push(<Tabs key={`tabs-${node.id}`} tabs={tabs} />);
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
    } else out.push(<Field key={`f-${node.field}`} name={node.field} columns={columns} />);
  }
  return <>{out}</>;
});
