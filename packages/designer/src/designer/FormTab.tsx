import { FormBuilder, type HostHistory } from '@deskkit/forms';
import type { ComponentType } from 'react';
import type { InspectorEnv } from '../inspector/inspector.types';
import { assignChanged } from '../model/edits';
import type { FormBuilderLikeProps } from './designer.types';

/** Typing into a text field merges into one undo step; a click (add a field, move it) is its own. */
function typing(): boolean {
  const el = typeof document === 'undefined' ? null : document.activeElement;
  return (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(el.type))
  );
}

/**
 * The Form tab: the `FormBuilder` of `@deskkit/forms` on the whole definition, so renaming a field
 * also updates step permissions, edge conditions and other expressions, and one undo history in
 * the designer covers both: the builder's Undo / Redo buttons and Ctrl+Z use the designer's
 * history (before, Ctrl+Z in the builder undid in both histories and cancelled itself). The
 * designer's directory serves the preview's pickers and its "seen by a role" choices. A host may
 * pass its own builder (`value` / `onChange` on the form).
 */
export function FormTab(props: {
  env: InspectorEnv;
  builder?: ComponentType<FormBuilderLikeProps>;
  theme?: 'light' | 'dark';
  /** The designer's undo history: the builder's Undo / Redo and Ctrl+Z act on it (one history). */
  history?: HostHistory;
}) {
  const { env, builder: Custom, theme, history } = props;
  if (Custom) {
    return (
      <div className="dk-formtab">
        <Custom
          value={env.def.form}
          onChange={(form) => env.edit((d) => void (d.form = form), 'form')}
        />
      </div>
    );
  }
  return (
    <div className="dk-formtab">
      <FormBuilder
        definition={env.def}
        onDefinitionChange={(next) =>
          env.edit((d) => assignChanged(d, next), typing() ? 'form' : undefined)
        }
        theme={theme}
        history={history}
        {...(env.directory ? { directory: env.directory } : {})}
      />
    </div>
  );
}
