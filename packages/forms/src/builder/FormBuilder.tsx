import type { FormDefinition, LocalizedText, WorkflowDefinition } from '@deskkit/runtime';
import { type Draft, produce } from 'immer';
import type { KeyboardEvent, ReactElement } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { FormsError } from '../errors';
import { localizeForm } from '@deskkit/runtime/i18n';
import { useFormsTranslator } from '../i18n/I18nProvider';
import { useText } from '../i18n/useText';
import { FIELD_TYPES } from '../model/fieldTypes';
import type { FieldTypeDefinition } from '../model/fieldTypes';
import { DesignSurface, focusAfterRemoving } from './Canvas';
import {
  addField,
  addLayoutNode,
  canMoveBy,
  duplicateNode,
  moveNodeBy,
  moveNodeTo,
  newFieldKey,
  newLayoutNode,
  removeNode,
} from './commands';
import type { BuilderApi } from './context';
import { BuilderContext, nodeName } from './context';
import type { FormBuilderProps } from './FormBuilder.types';
import { type EditRecipe, useEditHistory } from '../history/editHistory';
import { Inspector } from './Inspector/Inspector';
import { dispatchEditorKey, shortcutsOf } from './keymap';
import { ensureLayout, type Form, type FormDraft, locate, nodeId } from './layout';
import { JsonView, Preview, TemplatesManager } from './Panels';
import type { BuilderStep } from './Panels';
import type { BuilderDocument } from './rename';
import { renameField } from './rename';

const EMPTY_FORM: Form = { schema: { type: 'object', properties: {} } };
const VIEWS = ['design', 'preview', 'templates', 'json'] as const;
type View = (typeof VIEWS)[number];

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
export function FormBuilder<T extends LocalizedText = LocalizedText>(
  props: FormBuilderProps<T>,
): ReactElement {
  const { definition, translate, messages } = props;
  const t = useFormsTranslator(translate, messages);
  // Without a definition the builder edits `{ form }`; the last one it handed out is the document
  // while the host renders that form back, so the undo history carries on.
  const [handedOut, setHandedOut] = useState<BuilderDocument | undefined>();
  const doc: BuilderDocument = useMemo(
    () =>
      definition ??
      (handedOut && handedOut.form === props.value
        ? handedOut
        : { form: props.value ?? EMPTY_FORM }),
    [definition, props.value, handedOut],
  );
  if (!doc.form || typeof doc.form !== 'object' || !doc.form.schema) {
    throw new FormsError(
      'FORM_INVALID',
      'FormBuilder: `value` (or `definition.form`) must be a form definition with a `schema`.',
    );
  }
  const [selected, select] = useState<string | undefined>();
  const [view, setView] = useState<View>(props.initialView ?? 'design');
  const [announcement, setAnnouncement] = useState('');

  const commit = useCallback(
    (next: BuilderDocument) => {
      if (next === doc) return;
      if (!definition) setHandedOut(next);
      // The one boundary between the builder's texts (as written) and the host's `T`: a map is
      // written only where the form had one or `locales` asks for one (see FormBuilderProps).
      if (definition) props.onDefinitionChange?.(next as WorkflowDefinition<T>);
      props.onChange?.(next.form as FormDefinition<T>);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, definition, props.onChange, props.onDefinitionChange],
  );
  const history = useEditHistory(doc, commit, { limit: 200 });
  const host = props.history;
  // Inside a host with its own history (the designer's Form tab) every edit goes to the host's
  // history only: the builder records nothing, so one Ctrl+Z undoes one step, once.
  const apply = useCallback(
    (recipe: EditRecipe<BuilderDocument>, key?: string): void => {
      if (host) commit(produce(doc, recipe));
      else history.edit(recipe, key);
    },
    [host, doc, commit, history],
  );

  const form = doc.form;
  const layout = useMemo(() => ensureLayout(form), [form]);
  const text = useText(definition?.locales);
  const shown: FormDefinition = useMemo(
    () => ({
      ...localizeForm(form, (x) => text(x)),
      ...(form.rules ? { rules: form.rules } : {}),
    }),
    [form, text],
  );
  const fieldTypes = useMemo<FieldTypeDefinition[]>(
    () => [...FIELD_TYPES, ...(props.fieldTypes ?? [])],
    [props.fieldTypes],
  );

  const api: BuilderApi = useMemo(() => {
    const editForm: BuilderApi['editForm'] = (recipe, key) =>
      apply((draft) => {
        const result = recipe(draft.form as FormDraft);
        if (result !== undefined) draft.form = result as FormDraft;
      }, key);
    const announceMoved = (id: string): void => {
      const found = locate(layout, id);
      if (found)
        setAnnouncement(t('builder.announce.moved', { name: nodeName(form, found.node, text, t) }));
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
        const key = newFieldKey(form, type.type);
        const label = t(`type.${type.type}`, undefined, type.label);
        editForm((f) => addField(f, type, key, label, { target, selected }));
        select(`field:${key}`);
        setAnnouncement(t('builder.announce.added', { name: label }));
      },
      addLayout(kind, target) {
        const title = t(`builder.${kind}`);
        const node = newLayoutNode(layout, kind, title);
        editForm((f) => addLayoutNode(f, node, { target, selected }));
        select(nodeId(node));
        setAnnouncement(t('builder.announce.added', { name: title }));
      },
      remove(id) {
        const found = locate(layout, id);
        if (!found) return;
        const name = nodeName(form, found.node, text, t);
        editForm((f) => void removeNode(f, id));
        if (selected === id) select(undefined);
        setAnnouncement(t('builder.announce.deleted', { name }));
      },
      duplicate(id) {
        let copy: string | undefined;
        editForm((f) => void (copy = duplicateNode(f, id)));
        if (copy) select(copy);
      },
      move(id, target) {
        editForm((f) => void moveNodeTo(f, id, target));
        announceMoved(id);
      },
      moveBy(id, delta) {
        if (!canMoveBy(layout, id, delta)) return;
        editForm((f) => void moveNodeBy(f, id, delta));
        announceMoved(id);
      },
      rename(from, to) {
        try {
          const next = renameField(doc, from, to);
          apply(() => next as Draft<BuilderDocument>);
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
    apply,
  ]);

  const undo = (): void => {
    if (host) host.undo();
    else history.undo();
    setAnnouncement(t('builder.announce.undo'));
  };
  const redo = (): void => {
    if (host) host.redo();
    else history.redo();
    setAnnouncement(t('builder.announce.redo'));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const target = e.target as HTMLElement;
    // The JSON text area keeps its own text undo.
    if (target.closest('.dk-builder__json')) return;
    // Commands on the selected item act from the design canvas, where the item is shown.
    const onItem =
      view === 'design' && selected !== undefined && target.closest('.dk-canvas') !== null
        ? selected
        : undefined;
    dispatchEditorKey(
      e,
      {
        undo,
        redo,
        ...(onItem
          ? {
              delete: () => {
                focusAfterRemoving(layout, onItem);
                api.remove(onItem);
              },
              duplicate: () => api.duplicate(onItem),
              moveUp: () => api.moveBy(onItem, -1),
              moveDown: () => api.moveBy(onItem, 1),
            }
          : {}),
      },
      // Undo / Redo work from the inspector's inputs too: the builder's history, not the input's.
      { whileTyping: ['undo', 'redo'] },
    );
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
      {/* The editors' one keyboard map (keymap.ts); each shortcut also has a button. */}
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
            aria-keyshortcuts={shortcutsOf('undo')}
          >
            ↶ {t('builder.undo')}
          </button>
          <button
            type="button"
            className="dk-button dk-button--small"
            disabled={!(host ?? history).canRedo}
            onClick={redo}
            title={t('builder.redoKeys')}
            aria-keyshortcuts={shortcutsOf('redo')}
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
