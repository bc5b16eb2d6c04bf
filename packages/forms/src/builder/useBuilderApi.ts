import type { FormDefinition } from '@deskkit/runtime';
import { localizeForm } from '@deskkit/runtime/i18n';
import type { Draft } from 'immer';
import { useMemo } from 'react';
import { FormsError } from '../errors';
import type { EditRecipe } from '../history/editHistory';
import type { TranslateFn } from '../i18n/messages';
import type { ShowText } from '../i18n/useText';
import type { FieldTypeDefinition } from '../model/fieldTypes';
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
import { type BuilderApi, nodeName } from './context';
import { ensureLayout, type Form, type FormDraft, locate, nodeId } from './layout';
import { renameField, type BuilderDocument } from './rename';

/** What the builder's parts are wired to: its document, selection, translator and live region. */
export interface BuilderApiDeps {
  doc: BuilderDocument;
  apply(recipe: EditRecipe<BuilderDocument>, key?: string): void;
  locales: readonly string[] | undefined;
  text: ShowText;
  t: TranslateFn;
  selected: string | undefined;
  select(id: string | undefined): void;
  fieldTypes: FieldTypeDefinition[];
  sources: string[];
  announce(message: string): void;
}

/**
 * The {@link BuilderApi} the builder's parts share: each command runs one pure command of
 * commands.ts (or renameField) as one undo step, then moves the selection and says what happened.
 */
export function useBuilderApi(deps: BuilderApiDeps): BuilderApi {
  const { doc, apply, locales, text, t, selected, select, fieldTypes, sources, announce } = deps;
  const form = doc.form as Form;
  const layout = useMemo(() => ensureLayout(form), [form]);
  const shown: FormDefinition = useMemo(
    () => ({
      ...localizeForm(form, (x) => text(x)),
      ...(form.rules ? { rules: form.rules } : {}),
    }),
    [form, text],
  );
  return useMemo(() => {
    const editForm: BuilderApi['editForm'] = (recipe, key) =>
      apply((draft) => {
        const result = recipe(draft.form as FormDraft);
        if (result !== undefined) draft.form = result as FormDraft;
      }, key);
    const announceMoved = (id: string): void => {
      const found = locate(layout, id);
      if (found)
        announce(t('builder.announce.moved', { name: nodeName(form, found.node, text, t) }));
    };
    return {
      form,
      shown,
      text,
      locales,
      layout,
      t,
      selected,
      select,
      fieldTypes,
      sources,
      editForm,
      announce,
      addField(type, target) {
        const key = newFieldKey(form, type.type);
        const label = t(`type.${type.type}`, undefined, type.label);
        editForm((f) => addField(f, type, key, label, { target, selected }));
        select(`field:${key}`);
        announce(t('builder.announce.added', { name: label }));
      },
      addLayout(kind, target) {
        const title = t(`builder.${kind}`);
        const node = newLayoutNode(layout, kind, title);
        editForm((f) => addLayoutNode(f, node, { target, selected }));
        select(nodeId(node));
        announce(t('builder.announce.added', { name: title }));
      },
      remove(id) {
        const found = locate(layout, id);
        if (!found) return;
        const name = nodeName(form, found.node, text, t);
        editForm((f) => void removeNode(f, id));
        if (selected === id) select(undefined);
        announce(t('builder.announce.deleted', { name }));
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
    locales,
    form,
    shown,
    text,
    layout,
    t,
    selected,
    select,
    fieldTypes,
    sources,
    apply,
    announce,
  ]);
}
