import type { Principal } from '@deskkit/runtime';
import type { FieldOption, FieldUi } from '@deskkit/runtime';
import type { TranslateFn } from '../i18n/messages';
import type { FormStore } from './store';

/** Kinds of principal the people pickers search for. */
export type DirectoryKind = 'user' | 'group' | 'department' | 'role';

/**
 * Where the user, group and department pickers find people. The runtime's `Directory` (for
 * example `memoryDirectory(seed)`) fits as it is, since it has the same `list` method.
 */
export interface FormDirectory {
  list?(kind: DirectoryKind, search?: string): Promise<Array<{ id: string; name: string }>>;
  /**
   * The user ids a principal stands for: a role's holders, a group's or a department's members,
   * a user themself. The form builder's "preview as a role" uses it to tell whether the role works
   * a step that names a group or a person rather than the role.
   */
  members?(principal: Principal): Promise<string[]>;
}

/** One row of a host data source: an option, a lookup result, a configuration item. */
export interface DataItem {
  value: string | number | boolean;
  label: string;
  description?: string;
  /** Cascading selects: the value of the parent option this item belongs to. */
  parent?: string | number | boolean;
  /** Extra columns a lookup shows (e.g. `{ type: 'Server', owner: 'Ops' }`). */
  columns?: Record<string, string | number | boolean | null>;
}

/** One page of results from a {@link FormDataSource}. */
export interface DataPage {
  items: DataItem[];
  /** Total number of matches, when the source knows it (enables page numbers). */
  total?: number;
  /** Whether another page follows (when `total` is unknown). */
  hasMore?: boolean;
}

/**
 * A host data table (a CMDB, a product list, a cost-centre table) the lookup widget searches with
 * type-ahead and paging, and selects fed by `FieldUi.source` load their options from.
 */
export interface FormDataSource {
  /** Items matching `query`, page `page` (0-based). */
  search(query: string, page: number): Promise<DataPage> | DataPage;
  /** The item of one stored value, to show its label when the form opens. */
  get?(value: string | number | boolean): Promise<DataItem | undefined> | DataItem | undefined;
}

/** A stored attachment: what the host's upload function returns and the field's value keeps. */
export interface Attachment {
  id: string;
  name: string;
  size?: number;
  type?: string;
  url?: string;
}

/** Uploads one file to the host's storage and returns the attachment to keep in the data. */
export type UploadFn = (file: File, context: { field: string }) => Promise<Attachment>;

/** What every widget can reach through `registry.formContext`. */
export interface FormContext {
  t: TranslateFn;
  directory?: FormDirectory;
  dataSources?: Record<string, FormDataSource>;
  upload?: UploadFn;
  store?: FormStore;
}

/** The `ui:options` the renderer gives every widget (besides rjsf's own). */
export interface DeskWidgetOptions {
  /** The field's presentation from the form definition. */
  fieldUi?: FieldUi;
  /** The id of the element labelling the widget (for `aria-labelledby` on groups). */
  labelId?: string;
  /** In a table cell, which has no `<label>`: the id of its column header, which names it. */
  cellLabelId?: string;
  /** The top-level field name. */
  fieldName?: string;
  /** Cascading selects: the current value of the `dependsOn` field. */
  parentValue?: unknown;
  /** Options resolved by the renderer (static). */
  fieldOptions?: FieldOption[];
}
