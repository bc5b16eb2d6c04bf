import type {
  FieldPermission,
  FormDefinition,
  FormEvaluation,
  FormTemplate,
  FormValidator,
  Issue,
  TicketView,
} from '@deskkit/runtime';
import type { ReactNode } from 'react';
import type { TranslateFn } from '../i18n/messages';
import type { WidgetRegistry } from '../widgets/registry';
import type { FormDataSource, FormDirectory, UploadFn } from './context.types';

/** Form data: top-level field name → value. */
export type FormValues = Record<string, unknown>;

/** What `onSubmit` receives besides the data. */
export interface SubmitContext {
  /** The rule and permission evaluation the data was checked against. */
  evaluation: FormEvaluation;
}

/** A new template the person asked to save from the current values. */
export interface TemplateDraft {
  name: string;
  values: FormValues;
}

/** Props of {@link FormRenderer}. */
export interface FormRendererProps {
  /** The form part of a workflow definition. Optional when `view` is given (its form is used). */
  form?: FormDefinition;
  /** A `runtime.viewTicket(...)` result: its form, permissions and ticket data are used. */
  view?: TicketView;
  /** Controlled data. */
  value?: FormValues;
  /** Initial data when uncontrolled. */
  defaultValue?: FormValues;
  /** Called with the whole data after every edit (and when a template is applied). */
  onChange?: (values: FormValues, change: { field?: string }) => void;
  /**
   * Called with valid data: hidden fields left out, read-only fields with their stored value. An
   * error with an `issues: Issue[]` property thrown (or rejected) here is shown on the fields.
   */
  onSubmit?: (values: FormValues, context: SubmitContext) => void | Promise<void>;
  /** Show every field read-only and no submit button. */
  readOnly?: boolean;
  /** Field permissions at the current step (`fieldPermissionsAt(def, nodeId)`); unlisted fields are `edit`. */
  permissions?: Record<string, FieldPermission>;
  /** Server-side issues (paths `/data/<field>/...`), shown on their fields. */
  errors?: Issue[];
  /** Variables for rule expressions (`$actor`, `$ticket`, `$now`, any `$name`). */
  bindings?: Record<string, unknown>;
  /**
   * The JSON Schema validator: the runtime's eval-free `safeFormValidator` by default (works under
   * `script-src 'self'`); pass `ajvFormValidator` from `@deskkit/runtime/ajv` to use ajv.
   */
  validator?: FormValidator;
  /** Widgets to add or replace, by name (see `defaultWidgets`). */
  widgets?: WidgetRegistry;
  /** People, groups and departments for the pickers (the runtime's `Directory` fits). */
  directory?: FormDirectory;
  /** Host data tables by name, for lookups and for options from `FieldUi.source`. */
  dataSources?: Record<string, FormDataSource>;
  /** Stores an uploaded file for attachment fields. */
  upload?: UploadFn;
  /** Templates to offer (default: the form's own `templates`). */
  templates?: FormTemplate[];
  /** Save the current values as a template (shows the "Save as template" button). */
  onSaveTemplate?: (draft: TemplateDraft) => void | Promise<void>;
  /** Delete a template (shows "Manage templates"). */
  onDeleteTemplate?: (template: FormTemplate) => void | Promise<void>;
  /** Translate every string (see `DEFAULT_MESSAGES` for keys). */
  translate?: TranslateFn;
  /** Override some strings by key. */
  messages?: Partial<Record<string, string>>;
  /** Label of the submit button (default: translated `form.submit`). */
  submitLabel?: string;
  /** Hide the submit button (the host submits through its own buttons with a `form` attribute). */
  hideSubmit?: boolean;
  /** Extra content of the footer, next to the submit button (e.g. action buttons). */
  footer?: ReactNode;
  /** `dark` adds `.dk-dark`. */
  theme?: 'light' | 'dark';
  className?: string;
  /** The `id` of the `<form>` element (for external submit buttons). */
  id?: string;
  /** Called after every rule evaluation (field states, computed values). */
  onEvaluate?: (evaluation: FormEvaluation) => void;
}
