import type { FieldUi, FormDefinition, JsonSchema, LocalizedText } from '@deskkit/runtime';
import { createContext, useContext } from 'react';
import type { TranslateFn } from '../i18n/messages';
import type { ShowText } from '../i18n/useText';
import type { FieldTypeDefinition } from '../model/fieldTypes';
import type { Form, FormDraft, LayoutNode } from './layout';

/** Where a new or moved node goes. */
export interface DropTarget {
  containerId: string;
  index: number;
}

/** What the builder's parts share. */
export interface BuilderApi {
  /** The form as written (texts may carry a variant per locale). */
  form: Form;
  /** The form as the UI locale reads it (texts written per locale picked), for display only. */
  shown: FormDefinition;
  /** Shows one definition text in the UI locale. */
  text: ShowText;
  /** The definition's declared locales (its default first): texts are edited per locale. */
  locales: readonly string[] | undefined;
  layout: LayoutNode[];
  t: TranslateFn;
  selected: string | undefined;
  select: (id: string | undefined) => void;
  fieldTypes: FieldTypeDefinition[];
  sources: string[];
  /** Applies a change to the form as one undo step (`key` merges consecutive typing). */
  editForm: (recipe: (form: FormDraft) => void | Form, key?: string) => void;
  addField: (type: FieldTypeDefinition, target?: DropTarget) => void;
  addLayout: (kind: 'group' | 'tab' | 'row' | 'text', target?: DropTarget) => void;
  remove: (id: string) => void;
  duplicate: (id: string) => void;
  move: (id: string, target: DropTarget) => void;
  moveBy: (id: string, delta: -1 | 1) => void;
  rename: (from: string, to: string) => string | undefined;
  announce: (message: string) => void;
}

export const BuilderContext = createContext<BuilderApi | null>(null);

export function useBuilder(): BuilderApi {
  const api = useContext(BuilderContext);
  if (!api) throw new Error('Builder parts render inside a FormBuilder.');
  return api;
}

/** The display name of a layout node, in the UI language (`t`: a row, a text without content). */
export function nodeName(form: Form, node: LayoutNode, text: ShowText, t: TranslateFn): string {
  if (node.type === 'field') {
    const schema: JsonSchema<LocalizedText> | undefined = form.schema.properties?.[node.field];
    const ui: FieldUi<LocalizedText> | undefined = form.ui?.fields?.[node.field];
    return text(ui?.label ?? schema?.title) ?? node.field;
  }
  if (node.type === 'text') return text(node.content).slice(0, 40) || t('builder.content');
  if (node.type === 'row') return t('builder.row');
  return text(node.title);
}
