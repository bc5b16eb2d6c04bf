import type { FormDefinition, LocalizedText, WorkflowDefinition } from '@deskkit/runtime';
import { produce } from 'immer';
import { useCallback, useMemo, useState } from 'react';
import { FormsError } from '../errors';
import { type EditRecipe, useEditHistory } from '../history/editHistory';
import type { FormBuilderProps, HostHistory } from './FormBuilder.types';
import type { Form } from './layout';
import type { BuilderDocument } from './rename';

const EMPTY_FORM: Form = { schema: { type: 'object', properties: {} } };

/** The document the builder edits, how an edit reaches it, and the undo history that covers it. */
export interface BuilderDocumentState {
  /** The definition, or `{ form }` when the builder has none. */
  doc: BuilderDocument;
  /** Applies an edit as one undo step (`key` merges consecutive typing). */
  apply(recipe: EditRecipe<BuilderDocument>, key?: string): void;
  /** The host's history when it has one, else the builder's own. */
  history: HostHistory;
}

/**
 * The builder's document and its one undo history. Without a definition the builder edits
 * `{ form }`; the last one it handed out is the document while the host renders that form back,
 * so the history carries on. Inside a host with its own history (the designer's Form tab) every
 * edit goes to the host's history only: the builder records nothing, so one Ctrl+Z undoes one
 * step, once.
 */
export function useBuilderDocument<T extends LocalizedText>(
  props: FormBuilderProps<T>,
): BuilderDocumentState {
  const { definition } = props;
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
  const own = useEditHistory(doc, commit, { limit: 200 });
  const host = props.history;
  const apply = useCallback(
    (recipe: EditRecipe<BuilderDocument>, key?: string): void => {
      if (host) commit(produce(doc, recipe));
      else own.edit(recipe, key);
    },
    [host, doc, commit, own],
  );
  return { doc, apply, history: host ?? own };
}
