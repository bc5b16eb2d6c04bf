import type { FormLayoutNode } from '@deskkit/runtime';
import type { KeyboardEvent, ReactElement, ReactNode } from 'react';
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { ContainerContent } from './containers';
import { isShown, useErrorCount, useLayout } from './containers';
import { fieldsIn, hasText } from './model';

export type TabNode = Extract<FormLayoutNode, { type: 'tab' }>;

function TabButton(props: {
  tab: TabNode;
  fields: string[];
  selected: boolean;
  panelId: string;
  tabId: string;
  onSelect: () => void;
  onKey: (e: KeyboardEvent<HTMLButtonElement>) => void;
}): ReactElement {
  const { t } = useLayout();
  const errors = useErrorCount(props.fields);
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
      {errors > 0 && ' '}
      {errors > 0 && (
        <span className="dk-badge dk-badge--error">
          <span aria-hidden="true">{errors}</span>
          <span className="dk-visually-hidden">{t('container.errors', { count: errors })}</span>
        </span>
      )}
    </button>
  );
}

/**
 * Consecutive tab nodes as one tab set. A tab whose fields are all hidden is left out; a panel's
 * fields mount when its tab is first shown (their data and errors live in the store meanwhile,
 * so badges still count them) and stay mounted after.
 */
export function Tabs({
  tabs,
  renderPanel,
}: {
  tabs: TabNode[];
  /** Draws a panel's nodes (the layout's own `Nodes`, passed in: a tab can hold any layout). */
  renderPanel: (nodes: FormLayoutNode[]) => ReactNode;
}): ReactElement | null {
  const { store, model } = useLayout();
  const base = useId();
  const contents = useMemo<ContainerContent[]>(
    () =>
      tabs.map((tab) => ({
        fields: fieldsIn(tab.children).filter((f) => model.fields.has(f)),
        text: hasText(tab.children),
      })),
    [tabs, model],
  );
  const [chosen, setChosen] = useState(() => {
    const revealing = store.getRevealing();
    return Math.max(
      0,
      contents.findIndex((c) => revealing !== undefined && c.fields.includes(revealing)),
    );
  });
  const [visited, setVisited] = useState<ReadonlySet<number>>(() => new Set());
  // One string of 0/1 per tab: a primitive snapshot, so React re-renders only when one flips.
  const shownSnapshot = () => contents.map((c) => (isShown(store, c) ? '1' : '0')).join('');
  // The same snapshot on a server (renderToString): the store holds the form's initial state.
  const shownKey = useSyncExternalStore(
    (l) => store.subscribeStates(l),
    shownSnapshot,
    shownSnapshot,
  );
  const shown = [...shownKey].map((c) => c === '1');
  const active = shown[chosen] ? chosen : shown.indexOf(true);

  // Panels shown once stay mounted (derived during render, as React recommends).
  if (active >= 0 && !visited.has(active)) setVisited(new Set(visited).add(active));
  useEffect(
    () =>
      store.onReveal((field) => {
        const index = contents.findIndex((c) => c.fields.includes(field));
        if (index >= 0) setChosen(index);
      }),
    [store, contents],
  );
  if (active < 0) return null;

  const onKey = (e: KeyboardEvent<HTMLButtonElement>): void => {
    const order = shown.flatMap((s, i) => (s ? [i] : []));
    const at = order.indexOf(active);
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = order[(at + 1) % order.length];
    else if (e.key === 'ArrowLeft') next = order[(at - 1 + order.length) % order.length];
    else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order[order.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    setChosen(next);
    document.getElementById(`${base}-tab-${next}`)?.focus();
  };
  return (
    <div className="dk-tabs">
      <div role="tablist" className="dk-tabs__list">
        {tabs.map((tab, i) =>
          shown[i] ? (
            <TabButton
              key={tab.id}
              tab={tab}
              fields={(contents[i] as ContainerContent).fields}
              selected={i === active}
              tabId={`${base}-tab-${i}`}
              panelId={`${base}-panel-${i}`}
              onSelect={() => setChosen(i)}
              onKey={onKey}
            />
          ) : null,
        )}
      </div>
      {tabs.map((tab, i) =>
        shown[i] ? (
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
            {(i === active || visited.has(i)) && renderPanel(tab.children)}
          </div>
        ) : null,
      )}
    </div>
  );
}
