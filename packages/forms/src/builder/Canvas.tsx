import type { DragCancelEvent, DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  horizontalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactElement, ReactNode } from 'react';
import { useState } from 'react';
import { fieldTypeOf, widgetFor } from '../model/fieldTypes';
import { nodeName, useBuilder } from './context';
import { containerDropId, containerOf, dropIntent, paletteItemOf } from './dropIntent';
import { type LayoutNode, locate, nodeId, ROOT } from './layout';
import { Palette } from './Palette';
import { Icon } from '../icons';

/** Where focus goes when a node is deleted: the next item, else the previous, else the canvas. */
export function focusAfterRemoving(layout: LayoutNode[], id: string): void {
  const found = locate(layout, id);
  const neighbour = found
    ? (found.list[found.index + 1] ?? found.list[found.index - 1])
    : undefined;
  const wanted = neighbour ? nodeId(neighbour) : undefined;
  const target = [...document.querySelectorAll<HTMLElement>('[data-dk-select]')].find(
    (el) => el.dataset.dkSelect === wanted,
  );
  (target ?? document.querySelector<HTMLElement>('.dk-canvas'))?.focus();
}

function NodeActions({ id, name }: { id: string; name: string }): ReactElement {
  const { t, moveBy, duplicate, remove, layout } = useBuilder();
  return (
    <span className="dk-node__actions">
      <button
        type="button"
        className="dk-icon-button"
        aria-label={t('builder.moveUp', { name })}
        onClick={() => moveBy(id, -1)}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="dk-icon-button"
        aria-label={t('builder.moveDown', { name })}
        onClick={() => moveBy(id, 1)}
      >
        <Icon name="down" />
      </button>
      <button
        type="button"
        className="dk-icon-button"
        aria-label={t('builder.duplicate', { name })}
        onClick={() => duplicate(id)}
      >
        <Icon name="copy" />
      </button>
      <button
        type="button"
        className="dk-icon-button dk-icon-button--danger"
        aria-label={t('builder.delete', { name })}
        onClick={() => {
          // Keyboard users keep their place instead of landing on the page's body.
          focusAfterRemoving(layout, id);
          remove(id);
        }}
      >
        <Icon name="trash" />
      </button>
    </span>
  );
}

function Container(props: {
  id: string;
  nodes: LayoutNode[];
  horizontal?: boolean;
  columns?: number;
}): ReactElement {
  const { t } = useBuilder();
  const { setNodeRef, isOver } = useDroppable({ id: containerDropId(props.id) });
  const ids = props.nodes.map(nodeId);
  return (
    <SortableContext
      items={ids}
      strategy={props.horizontal ? horizontalListSortingStrategy : verticalListSortingStrategy}
    >
      <div
        ref={setNodeRef}
        className={`dk-canvas__list${props.horizontal ? ' dk-canvas__list--row' : ''}${isOver ? ' dk-canvas__list--over' : ''}`}
        style={
          props.horizontal
            ? { gridTemplateColumns: `repeat(${props.columns ?? 2}, minmax(0, 1fr))` }
            : undefined
        }
      >
        {props.nodes.map((node) => (
          <SortableNode key={nodeId(node)} node={node} />
        ))}
        {props.nodes.length === 0 && <div className="dk-canvas__drop">{t('builder.dropHere')}</div>}
      </div>
    </SortableContext>
  );
}

function SortableNode({ node }: { node: LayoutNode }): ReactElement {
  const { form, t, selected, select, text } = useBuilder();
  const id = nodeId(node);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id });
  const name = nodeName(form, node, text, t);
  const isSelected = selected === id;
  let body: ReactNode = null;
  // The select button holds only the visible name, so its accessible name ("Select <name>")
  // contains all of its visible text (WCAG 2.5.3 label in name); the icon, kind, key and badges
  // sit beside it, and the button's ::after stretches its click target over them.
  let before: ReactNode = null;
  let label: ReactNode = null;
  let after: ReactNode = null;
  if (node.type === 'field') {
    const schema = form.schema.properties?.[node.field];
    const ui = form.ui?.fields?.[node.field];
    const type = fieldTypeOf(widgetFor(schema, ui));
    const required =
      Array.isArray(form.schema.required) && form.schema.required.includes(node.field);
    const rules = (form.rules ?? []).filter((r) => r.field === node.field).length;
    before = (
      <span className="dk-node__icon" aria-hidden="true">
        {type?.icon ?? '?'}
      </span>
    );
    label = (
      <span className="dk-node__name">
        {name}
        {required && <span className="dk-field__required"> *</span>}
      </span>
    );
    after = (
      <>
        <code className="dk-node__key">{node.field}</code>
        <span className="dk-badge">
          {type ? t(`type.${type.type}`, undefined, type.label) : ui?.widget}
        </span>
        {rules > 0 && <span className="dk-badge dk-badge--rule">ƒ {rules}</span>}
      </>
    );
  } else if (node.type === 'text') {
    before = (
      <span className="dk-node__icon" aria-hidden="true">
        ¶
      </span>
    );
    label = <span className="dk-node__name dk-muted">{name}</span>;
  } else if (node.type === 'row') {
    // A row's name is its kind; the column count is beside it.
    label = <span className="dk-node__kind">{name}</span>;
    after = (
      <span className="dk-node__name">
        {`${node.columns ?? node.children.length} ${t('builder.columns').toLowerCase()}`}
      </span>
    );
  } else {
    before = <span className="dk-node__kind">{t(`builder.${node.type}`)}</span>;
    label = <span className="dk-node__name">{name}</span>;
  }
  if (node.type !== 'field' && node.type !== 'text') {
    body = (
      <Container
        id={node.id}
        nodes={node.children}
        horizontal={node.type === 'row'}
        columns={
          node.type === 'row' ? (node.columns ?? Math.max(1, node.children.length)) : undefined
        }
      />
    );
  }
  const span = node.type === 'field' ? form.ui?.fields?.[node.field]?.span : undefined;
  return (
    <div
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        ...(span ? { gridColumn: `span ${span}` } : {}),
      }}
      className={`dk-node dk-node--${node.type}${isSelected ? ' dk-node--selected' : ''}${isDragging ? ' dk-node--dragging' : ''}`}
    >
      <div className="dk-node__header">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="dk-node__handle"
          aria-label={t('builder.drag', { name })}
          {...attributes}
          {...listeners}
        >
          <Icon name="grip" />
        </button>
        <span className="dk-node__summary">
          {before}
          <button
            type="button"
            className="dk-node__select"
            aria-pressed={isSelected}
            aria-label={t('builder.select', { name })}
            data-dk-select={id}
            onClick={() => select(id)}
          >
            {label}
          </button>
          {after}
        </span>
        <NodeActions id={id} name={name} />
      </div>
      {body}
    </div>
  );
}

/** The palette and the canvas inside one drag-and-drop context. */
export function DesignSurface(props: { inspector: ReactNode }): ReactElement {
  const { layout, t, move, addField, addLayout, fieldTypes, form, text } = useBuilder();
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = (event: DragEndEvent): void => {
    setDragging(null);
    const overId = event.over ? String(event.over.id) : undefined;
    const intent = dropIntent(layout, fieldTypes, String(event.active.id), overId);
    if (intent?.type === 'addLayout') addLayout(intent.kind, intent.target);
    else if (intent?.type === 'addField') addField(intent.field, intent.target);
    else if (intent?.type === 'move') move(intent.id, intent.target);
  };
  const nameOf = (id: string | number | undefined): string => {
    const key = String(id ?? '');
    const item = paletteItemOf(key);
    if (item?.layout !== undefined) return t(`builder.${item.layout}`);
    if (item?.field !== undefined) {
      const type = fieldTypes.find((f) => f.type === item.field);
      return type ? t(`type.${type.type}`, undefined, type.label) : item.field;
    }
    const inner = containerOf(key);
    if (inner !== undefined) {
      const found = inner === ROOT ? undefined : locate(layout, inner);
      return found ? nodeName(form, found.node, text, t) : t('builder.canvas');
    }
    const found = locate(layout, key);
    return found ? nodeName(form, found.node, text, t) : key;
  };
  // What dnd-kit announces to screen readers, translated like every other string.
  const accessibility = {
    screenReaderInstructions: { draggable: t('builder.dragInstructions') },
    announcements: {
      onDragStart: ({ active }: DragStartEvent) =>
        t('builder.announce.pickedUp', { name: nameOf(active.id) }),
      onDragOver: ({ active, over }: DragOverEvent) =>
        over
          ? t('builder.announce.over', { name: nameOf(active.id), target: nameOf(over.id) })
          : t('builder.announce.outside', { name: nameOf(active.id) }),
      onDragEnd: ({ active, over }: DragEndEvent) =>
        over
          ? t('builder.announce.dropped', { name: nameOf(active.id), target: nameOf(over.id) })
          : t('builder.announce.droppedOutside', { name: nameOf(active.id) }),
      onDragCancel: ({ active }: DragCancelEvent) =>
        t('builder.announce.cancelled', { name: nameOf(active.id) }),
    },
  };
  // The dragged item's name in the UI language, as the announcements say it.
  const overlayName = dragging ? nameOf(dragging) : '';
  return (
    <DndContext
      accessibility={accessibility}
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={(e) => setDragging(String(e.active.id))}
      onDragCancel={() => setDragging(null)}
      onDragEnd={onDragEnd}
    >
      <div className="dk-builder__design">
        <Palette />
        <section className="dk-canvas" aria-label={t('builder.canvas')} tabIndex={-1}>
          {layout.length === 0 ? <EmptyCanvas /> : <Container id={ROOT} nodes={layout} />}
        </section>
        {props.inspector}
      </div>
      <DragOverlay>
        {dragging ? <div className="dk-node dk-node--overlay">{overlayName}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}

function EmptyCanvas(): ReactElement {
  const { t } = useBuilder();
  const { setNodeRef, isOver } = useDroppable({ id: containerDropId(ROOT) });
  return (
    <div ref={setNodeRef} className={`dk-canvas__empty${isOver ? ' dk-canvas__list--over' : ''}`}>
      {t('builder.empty')}
    </div>
  );
}
