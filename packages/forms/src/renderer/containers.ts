import type { FormLayoutNode } from '@deskkit/runtime';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Registry, FieldPathList } from '@rjsf/utils';
import type { TranslateFn } from '../i18n/messages';
import type { FormModel } from './model';
import { fieldsIn, hasText } from './model';
import type { MountGate } from './mount';
import type { FormStore } from './store';

/** What every layout node needs; stable for the life of a form. */
export interface LayoutContextValue {
  store: FormStore;
  model: FormModel;
  registry: Registry;
  readOnly: boolean;
  t: TranslateFn;
  gate: MountGate;
  onFieldChange: (name: string, value: unknown, path: FieldPathList) => void;
}

export const LayoutContext = createContext<LayoutContextValue | null>(null);

export function useLayout(): LayoutContextValue {
  const value = useContext(LayoutContext);
  if (!value) throw new Error('Layout nodes render inside a FormRenderer.');
  return value;
}

/** What a tab or group holds: the form's fields in it, and whether it has static text. */
export interface ContainerContent {
  fields: string[];
  text: boolean;
}

/** The fields (known to the form) and text of a container's children. */
export function useContent(children: FormLayoutNode[]): ContainerContent {
  const { model } = useLayout();
  return useMemo(
    () => ({
      fields: fieldsIn(children).filter((f) => model.fields.has(f)),
      text: hasText(children),
    }),
    [children, model],
  );
}

/**
 * Whether a container has anything to show: at least one visible field, or — when it holds no
 * fields at all — some text. A tab or group whose fields are all hidden (by rules or by the step's
 * permissions) is not drawn, so nobody meets an empty tab or an empty box.
 */
export function isShown(store: FormStore, content: ContainerContent): boolean {
  if (content.fields.length === 0) return content.text;
  return content.fields.some((f) => store.getState(f).visible);
}

/** {@link isShown}, kept current as rules and permissions change field states. */
export function useShown(content: ContainerContent): boolean {
  const { store } = useLayout();
  const snapshot = () => isShown(store, content);
  return useSyncExternalStore((l) => store.subscribeStates(l), snapshot, snapshot);
}

/** The number of fields with errors among some fields, kept current. */
export function useErrorCount(fields: string[]): number {
  const { store } = useLayout();
  const snapshot = () => fields.reduce((n, f) => n + (store.getErrors(f).length > 0 ? 1 : 0), 0);
  return useSyncExternalStore((l) => store.subscribeErrors(l), snapshot, snapshot);
}

/** Opens this container when something asks to reveal a field inside it. */
export function useReveal(fields: string[], open: () => void): void {
  const { store } = useLayout();
  useEffect(
    () =>
      store.onReveal((field) => {
        if (fields.includes(field)) open();
      }),
    [store, fields, open],
  );
}
