import type {
  FormDefinition,
  FormValidator,
  LocalizedText,
  WorkflowDefinition,
} from '@deskkit/runtime';
import type { TranslateFn } from '../i18n/messages';
import type { FieldTypeDefinition } from '../model/fieldTypes';
import type { FormDataSource, FormDirectory, UploadFn } from '../renderer/context.types';
import type { WidgetRegistry } from '../widgets/registry';
import type { BuilderStep } from './Panels';

/**
 * Props of {@link FormBuilder}. `T` is how the host types the texts: `LocalizedText` (the
 * default) when the definition may carry a variant per locale, `string` when it has plain texts
 * only. The builder writes a map only where the form already has one or the definition declares two
 * or more `locales`, so a plain form stays plain.
 */
export interface FormBuilderProps<T extends LocalizedText = LocalizedText> {
  /**
   * The form being designed (controlled), as written: its texts may be one string or a variant
   * per locale (`LocalizedText`). Optional when `definition` is given.
   */
  value?: FormDefinition<T>;
  /**
   * Called with the next form after every edit, undo and redo. Texts come back as written: a map
   * of variants when the definition declares two or more `locales` (or the text was one).
   */
  onChange?: (form: FormDefinition<T>) => void;
  /**
   * The whole workflow definition, when the builder should keep it consistent: renaming a field
   * then also updates node permissions, edge conditions and other expressions. Its `form` is
   * edited (and `value` ignored).
   */
  definition?: WorkflowDefinition<T>;
  /** Called with the next definition after every edit when `definition` is given. */
  onDefinitionChange?: (definition: WorkflowDefinition<T>) => void;
  /** Steps for "preview as step X" (default: the definition's nodes). */
  steps?: BuilderStep[];
  /** Extra field types for the palette (a host widget registered in `widgets` with the same name). */
  fieldTypes?: FieldTypeDefinition[];
  /** Widgets to add or replace in the preview (as for `FormRenderer`). */
  widgets?: WidgetRegistry;
  /** Names of host data sources a choice field may take its options from. */
  sources?: string[];
  /** Host services for the preview. */
  directory?: FormDirectory;
  dataSources?: Record<string, FormDataSource>;
  upload?: UploadFn;
  validator?: FormValidator;
  /** Which view opens first. */
  initialView?: 'design' | 'preview' | 'json' | 'templates';
  translate?: TranslateFn;
  messages?: Partial<Record<string, string>>;
  theme?: 'light' | 'dark';
  className?: string;
  /**
   * An undo history the host owns (the workflow designer's): the builder's Undo / Redo buttons
   * and Ctrl+Z / Ctrl+Shift+Z use it instead of the builder's own, so an embedding host has one
   * history and one set of shortcuts.
   */
  history?: HostHistory;
}

/** An undo history owned by the host of the form builder (see `FormBuilderProps.history`). */
export interface HostHistory {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}
