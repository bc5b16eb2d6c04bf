import type {
  FormDefinition,
  FormLayoutNode,
  JsonSchema,
  WorkflowDefinition,
} from '@deskkit/runtime';
import { current, isDraft } from 'immer';
import type { Draft } from 'immer';
import type { KeyboardEvent, ReactElement } from 'react';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { FormsError } from '../errors';
import { localizeForm } from '@deskkit/runtime/i18n';
import { useFormsTranslator } from '../i18n/I18nProvider';
import { useText } from '../i18n/useText';
import { FIELD_TYPES } from '../model/fieldTypes';
import type { FieldTypeDefinition } from '../model/fieldTypes';
import { DesignSurface } from './Canvas';
import type { BuilderApi, DropTarget } from './context';
import { BuilderContext, nodeName } from './context';
import type { FormBuilderProps } from './FormBuilder.types';
import { EditHistory } from './history';
import { Inspector } from './Inspector';
import {
  childrenOf,
  ensureLayout,
  freshId,
  freshKey,
  isContainer,
  locate,
  moveNode,
  ROOT,
} from './layout';
import { JsonView, Preview, TemplatesManager } from './Panels';
import type { BuilderStep } from './Panels';
import type { BuilderDocument } from './rename';
import { renameField } from './rename';

const EMPTY_FORM: FormDefinition = { schema: { type: 'object', properties: {} } };
const VIEWS = ['design', 'preview', 'templates', 'json'] as const;
type View = (typeof VIEWS)[number];

/** A plain copy of a draft (or the value itself when it is not a draft). */
function snap<T>(value: T): T {
  return isDraft(value) ? (current(value) as T) : value;
}

/** Puts every field in the layout so layout edits see them all. */
function materialize(form: Draft<FormDefinition>): FormLayoutNode[] {
  form.ui ??= {};
  const base = snap(form) as FormDefinition;
  const layout = ensureLayout(base);
  if (
    form.ui.layout === undefined ||
    layout.length !== (form.ui.layout as FormLayoutNode[]).length
  ) {
    form.ui.layout = structuredClone(layout) as Draft<FormLayoutNode[]>;
  }
  return form.ui.layout as FormLayoutNode[];
}

function removeField(form: Draft<FormDefinition>, key: string): void {
  delete form.schema.properties?.[key];
  if (Array.isArray(form.schema.required)) {
    form.schema.required = form.schema.required.filter((r) => r !== key);
    if (form.schema.required.length === 0) delete form.schema.required;
  }
  delete form.ui?.fields?.[key];
  if (form.rules) form.rules = form.rules.filter((r) => r.field !== key);
  for (const tpl of form.templates ?? []) delete tpl.values[key];
}

/** The target for a new node: inside the selected container, after the selected node, or at the end. */
function defaultTarget(
  layout: FormLayoutNode[],
  selected: string | undefined,
  kind: string,
): DropTarget {
  const found = selected ? locate(layout, selected) : undefined;
  if (!found || kind === 'tab') return { containerId: ROOT, index: layout.length };
  if (isContainer(found.node) && !(found.node.type === 'tab' && kind === 'tab')) {
    return { containerId: found.node.id, index: found.node.children.length };
  }
  return { containerId: found.containerId, index: found.index + 1 };
}

/**
 * The drag-and-drop form builder: a palette of every field type, a canvas of tabs, groups, rows
 * and fields (sortable with pointer and keyboard), a property inspector with a rules editor,
 * templates, a live preview as any step, a JSON view, and undo/redo of every edit.
 *
 * @example
 * ```tsx
 * import { FormBuilder } from '@deskkit/forms';
 * import '@deskkit/forms/style.css';
 *
 * const [form, setForm] = useState(definition.form);
 * <FormBuilder value={form} onChange={setForm} />
 * ```
 */
export function FormBuilder(props: FormBuilderProps): ReactElement {
  const { definition, translate, messages } = props;
  const t = useFormsTranslator(translate, messages);
  const doc: BuilderDocument = useMemo(
    () => definition ?? { form: props.value ?? EMPTY_FORM },
    [definition, props.value],
  );
  if (!doc.form || typeof doc.form !== 'object' || !doc.form.schema) {
    throw new FormsError(
      'FORM_INVALID',
      'FormBuilder: `value` (or `definition.form`) must be a form definition with a `schema`.',
    );
  }
  const [history] = useState(() => new EditHistory<BuilderDocument>());
  useSyncExternalStore(history.subscribe, history.getSnapshot, history.getSnapshot);
  const [selected, select] = useState<string | undefined>();
  const [view, setView] = useState<View>(props.initialView ?? 'design');
  const [announcement, setAnnouncement] = useState('');

  const commit = useCallback(
    (next: BuilderDocument) => {
      if (next === doc) return;
      if (definition) props.onDefinitionChange?.(next as WorkflowDefinition);
      props.onChange?.(next.form);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, definition, props.onChange, props.onDefinitionChange],
  );

  const form = doc.form;
  const layout = useMemo(() => ensureLayout(form), [form]);
  const text = useText(definition?.locales);
  const shown: FormDefinition = useMemo(
    () => ({ ...form, ...localizeForm(form, (x) => text(x)) }),
    [form, text],
  );
  const fieldTypes = useMemo<FieldTypeDefinition[]>(
    () => [...FIELD_TYPES, ...(props.fieldTypes ?? [])],
    [props.fieldTypes],
  );

  const api: BuilderApi = useMemo(() => {
    const editForm: BuilderApi['editForm'] = (recipe, key) =>
      commit(
        history.edit(
          doc,
          (draft) => {
            const result = recipe(draft.form as Draft<FormDefinition>);
            if (result !== undefined) draft.form = result as Draft<FormDefinition>;
          },
          key,
        ),
      );
    const insert =
      (node: FormLayoutNode, target: DropTarget | undefined, kind: string) =>
      (f: Draft<FormDefinition>): void => {
        // The caller materialized the layout before adding the field to the schema, so the new
        // field is placed here only (materializing now would append it a second time).
        const l = (f.ui?.layout as FormLayoutNode[] | undefined) ?? materialize(f);
        const at = target ?? defaultTarget(l, selected, kind);
        const list = childrenOf(l, node.type === 'tab' ? ROOT : at.containerId) ?? l;
        list.splice(Math.min(at.index, list.length), 0, node);
      };
    return {
      form,
      shown,
      text,
      locales: definition?.locales,
      layout,
      t,
      selected,
      select,
      fieldTypes,
      sources: props.sources ?? Object.keys(props.dataSources ?? {}),
      editForm,
      announce: setAnnouncement,
      addField(type, target) {
        const key = freshKey(type.type, Object.keys(form.schema.properties ?? {}));
        const label = t(`type.${type.type}`, undefined, type.label);
        editForm((f) => {
          materialize(f);
          f.schema.properties ??= {};
          f.schema.properties[key] = {
            ...structuredClone(type.schema),
            title: label,
          } as Draft<JsonSchema>;
          f.ui ??= {};
          f.ui.fields ??= {};
          f.ui.fields[key] = { ...structuredClone(type.ui ?? {}), widget: type.type, label };
          insert({ type: 'field', field: key }, target, 'field')(f);
        });
        select(`field:${key}`);
        setAnnouncement(t('builder.announce.added', { name: label }));
      },
      addLayout(kind, target) {
        const id = freshId(kind, layout);
        const title = t(`builder.${kind}`);
        const node: FormLayoutNode =
          kind === 'text'
            ? { type: 'text', id, content: title }
            : kind === 'row'
              ? { type: 'row', id, columns: 2, children: [] }
              : kind === 'group'
                ? { type: 'group', id, title, collapsible: true, children: [] }
                : { type: 'tab', id, title, children: [] };
        editForm(insert(node, target, kind));
        select(id);
        setAnnouncement(t('builder.announce.added', { name: title }));
      },
      remove(id) {
        const found = locate(layout, id);
        if (!found) return;
        const name = nodeName(form, found.node, text);
        editForm((f) => {
          const l = materialize(f);
          const here = locate(l, id);
          if (!here) return;
          here.list.splice(here.index, 1);
          if (here.node.type === 'field') removeField(f, here.node.field);
          // A removed container hands its children to its parent, so no field is lost silently.
          else if (isContainer(here.node)) {
            const children =
              here.node.type === 'row' || here.containerId !== ROOT
                ? here.node.children
                : here.node.children.filter((c) => c.type !== 'tab');
            here.list.splice(here.index, 0, ...children);
          }
        });
        if (selected === id) select(undefined);
        setAnnouncement(t('builder.announce.deleted', { name }));
      },
      duplicate(id) {
        const found = locate(layout, id);
        if (!found) return;
        const taken = new Set(Object.keys(form.schema.properties ?? {}));
        const ids = new Set<string>();
        let firstId = '';
        const copyNode = (node: FormLayoutNode, f: Draft<FormDefinition>): FormLayoutNode => {
          if (node.type === 'field') {
            const key = freshKey(node.field.replace(/\d+$/, ''), taken);
            taken.add(key);
            const props = f.schema.properties ?? {};
            props[key] = structuredClone(
              snap(props[node.field] as Draft<JsonSchema>),
            ) as Draft<JsonSchema>;
            const ui = f.ui?.fields?.[node.field];
            if (ui && f.ui?.fields) f.ui.fields[key] = structuredClone(snap(ui));
            if (Array.isArray(f.schema.required) && f.schema.required.includes(node.field))
              f.schema.required.push(key);
            for (const rule of (f.rules ?? []).filter((r) => r.field === node.field)) {
              f.rules?.push({
                ...structuredClone(snap(rule)),
                field: key,
                id: `${rule.id ?? 'rule'}-copy`,
              });
            }
            firstId ||= `field:${key}`;
            return { type: 'field', field: key };
          }
          let newId = freshId(node.type, layout);
          while (ids.has(newId)) newId = `${newId}x`;
          ids.add(newId);
          firstId ||= newId;
          if (node.type === 'text') return { ...node, id: newId };
          return {
            ...node,
            id: newId,
            children: node.children.map((c) => copyNode(c, f)),
          } as FormLayoutNode;
        };
        editForm((f) => {
          const l = materialize(f);
          const here = locate(l, id);
          if (!here) return;
          // copyNode adds fields to the schema; they are placed by this splice, not appended.
          here.list.splice(
            here.index + 1,
            0,
            copyNode(snap(here.node as Draft<FormLayoutNode>) as FormLayoutNode, f),
          );
        });
        if (firstId) select(firstId);
      },
      move(id, target) {
        editForm((f) => {
          moveNode(materialize(f), id, target.containerId, target.index);
        });
        const found = locate(layout, id);
        if (found)
          setAnnouncement(t('builder.announce.moved', { name: nodeName(form, found.node, text) }));
      },
      moveBy(id, delta) {
        const found = locate(layout, id);
        if (!found) return;
        const index = found.index + delta;
        if (index < 0 || index >= found.list.length) return;
        editForm((f) => {
          moveNode(materialize(f), id, found.containerId, delta > 0 ? index + 1 : index);
        });
        setAnnouncement(t('builder.announce.moved', { name: nodeName(form, found.node, text) }));
      },
      rename(from, to) {
        try {
          const next = renameField(doc, from, to);
          commit(history.edit(doc, () => next as Draft<BuilderDocument>));
          if (selected === `field:${from}`) select(`field:${to}`);
          return undefined;
        } catch (err) {
          if (err instanceof FormsError) return t(`error.${err.code}`, { from, to }, err.message);
          return err instanceof Error ? err.message : String(err);
        }
      },
    };
  }, [
    doc,
    definition?.locales,
    form,
    shown,
    text,
    layout,
    t,
    selected,
    fieldTypes,
    props.sources,
    props.dataSources,
    history,
    commit,
  ]);

  const host = props.history;
  const undo = (): void => {
    if (host) host.undo();
    else commit(history.undo(doc));
    setAnnouncement(t('builder.announce.undo'));
  };
  const redo = (): void => {
    if (host) host.redo();
    else commit(history.redo(doc));
    setAnnouncement(t('builder.announce.redo'));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const target = e.target as HTMLElement;
    // The JSON text area keeps its own text undo.
    if (target.closest('.dk-builder__json')) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
    else return;
    e.preventDefault();
    // Handled here: a host listening for the same keys (the designer) must not act on it again.
    e.stopPropagation();
  };

  const steps: BuilderStep[] = useMemo(
    () =>
      props.steps ??
      (definition?.nodes ?? [])
        .filter((n) => n.type === 'start' || n.type === 'task' || n.type === 'approval')
        .map((n) => ({
          id: n.id,
          name: text(n.name) ?? n.id,
          type: n.type,
          ...(n.fields ? { fields: n.fields } : {}),
        })),
    [props.steps, definition, text],
  );
  const services = {
    ...(props.widgets ? { widgets: props.widgets } : {}),
    ...(props.directory ? { directory: props.directory } : {}),
    ...(props.dataSources ? { dataSources: props.dataSources } : {}),
    ...(props.upload ? { upload: props.upload } : {}),
    ...(props.validator ? { validator: props.validator } : {}),
    ...(translate ? { translate } : {}),
    ...(messages ? { messages } : {}),
  };
  const classes = ['dk-form-builder'];
  if (props.theme === 'dark') classes.push('dk-dark');
  if (props.className) classes.push(props.className);

  return (
    <BuilderContext.Provider value={api}>
      {/* Ctrl+Z / Ctrl+Shift+Z anywhere inside the builder; the buttons are the other path. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className={classes.join(' ')} onKeyDown={onKeyDown}>
        <div className="dk-builder__toolbar">
          <div role="tablist" aria-label={t('builder.views')} className="dk-builder__views">
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                role="tab"
                aria-selected={view === v}
                className={`dk-tab${view === v ? ' dk-tab--selected' : ''}`}
                onClick={() => setView(v)}
              >
                {t(`builder.${v}`)}
              </button>
            ))}
          </div>
          <span className="dk-templates__spacer" />
          <button
            type="button"
            className="dk-button dk-button--small"
            disabled={!(host ?? history).canUndo}
            onClick={undo}
            title={t('builder.undoKeys')}
            aria-keyshortcuts="Control+Z"
          >
            ↶ {t('builder.undo')}
          </button>
          <button
            type="button"
            className="dk-button dk-button--small"
            disabled={!(host ?? history).canRedo}
            onClick={redo}
            title={t('builder.redoKeys')}
            aria-keyshortcuts="Control+Shift+Z"
          >
            ↷ {t('builder.redo')}
          </button>
        </div>
        {view === 'design' && <DesignSurface inspector={<Inspector />} />}
        {view === 'preview' && (
          <Preview steps={steps} {...(definition ? { definition } : {})} services={services} />
        )}
        {view === 'templates' && <TemplatesManager services={services} />}
        {view === 'json' && <JsonView />}
        <div className="dk-visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
      </div>
    </BuilderContext.Provider>
  );
}
