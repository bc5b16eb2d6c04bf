import type {
  CalendarSpec,
  DefinitionDiff,
  FormDefinition,
  NodeType,
  WorkflowDefinition,
} from '@deskkit/runtime';
import type { ComponentType } from 'react';
import type { DesignerTranslate } from '../i18n/messages';
import type { WorkflowChoice } from '../inspector/inspector.types';
import type { DirectorySource } from '../inspector/PrincipalPicker';
import type { NodeKind } from '../model/nodeKinds';

/** The designer's sections. */
export type DesignerTab = 'process' | 'form' | 'permissions' | 'settings';

/** Props of the form builder the Form tab embeds (the `FormBuilder` of `@deskkit/forms` fits). */
export interface FormBuilderLikeProps {
  value: FormDefinition;
  onChange(next: FormDefinition): void;
}

/** Props of {@link WorkflowDesigner}. */
export interface WorkflowDesignerProps {
  /** The workflow definition being edited (controlled). */
  value: WorkflowDefinition;
  /** Every change: a new definition (immutable update; unchanged parts keep their identity). */
  onChange(next: WorkflowDefinition): void;
  /**
   * Called by the Publish button, only with a definition that passes the runtime's
   * `validateDefinition`; otherwise the problems panel says why. Return a promise to show progress;
   * a rejection is shown to the user. Without it there is no Publish button.
   */
  onPublish?(definition: WorkflowDefinition): void | Promise<unknown>;
  /** Source of users, roles, groups and departments for principal pickers (a runtime `Directory` fits). */
  directory?: DirectorySource;
  /** Workflows a sub-workflow step may run (key, name, versions, fields for mappings). */
  workflows?: readonly WorkflowChoice[];
  /**
   * Calendars offered for SLA, OLA and timers: their names (keys of the runtime's `calendars`), or
   * the runtime's `calendars` object itself — then duration inputs offer working days (the
   * calendar's working day in hours) and lint warnings give exact figures.
   */
  calendars?: readonly string[] | Readonly<Record<string, CalendarSpec>>;
  /** On-call rota ids offered to the on-call assignment strategy. */
  rotas?: readonly string[];
  /** Names of host action handlers offered to "call a handler" automation actions. */
  handlers?: readonly string[];
  /** Translates every user-facing string; return `undefined` to keep the English default. Keep it stable (memoise). */
  t?: DesignerTranslate;
  /** Replaces the look or defaults of node types (merged over the built-ins). */
  nodeKinds?: Partial<Record<NodeType, NodeKind>>;
  /**
   * Replaces the form builder of the Form tab (default: the `FormBuilder` of `@deskkit/forms` on
   * the whole definition, which keeps field renames consistent across steps and conditions).
   */
  formBuilder?: ComponentType<FormBuilderLikeProps>;
  /** `dark` adds the `.dk-dark` theme class. */
  theme?: 'light' | 'dark';
  /** The section shown first (default `process`). */
  initialTab?: DesignerTab;
  /** Extra class on the root element. */
  className?: string;
  /** Height of the designer (default `100%` of its container; give the container a height). */
  height?: number | string;
  /**
   * Highlights what changed against another version (`diffDefinitions(published, value)` of the
   * runtime): added steps and connections in green, changed ones in amber, with a legend that
   * counts removed ones. Recompute it as `value` changes to keep it live.
   */
  diff?: DefinitionDiff;
}
