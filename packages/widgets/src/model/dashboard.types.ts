/**
 * The dashboard JSON model. Placement (where a widget sits) is kept apart from configuration (what
 * a widget shows): a {@link WidgetLibrary} holds configured widget instances, and any number of
 * {@link DashboardDocument}s place them by id. A user's {@link PersonalLayout} overrides the
 * placement of one document for that user only.
 */

/** One cell rectangle of the responsive grid, in grid units (react-grid-layout's layout item shape). */
export interface LayoutItem {
  /** The id of the dashboard item this rectangle places (`DashboardItem.i`). */
  i: string;
  x: number;
  y: number;
  w: number;
  h: number;
  minW?: number;
  minH?: number;
  maxW?: number;
  maxH?: number;
  /** Pinned: neither dragged nor resized, others flow around it. */
  static?: boolean;
}

/** Breakpoint names of the grid (`lg`, `md`, `sm`, `xs`, `xxs` by default). */
export type Breakpoint = string;

/** One layout per breakpoint; a breakpoint without its own layout is derived from the nearest one. */
export type DashboardLayouts = Partial<Record<Breakpoint, LayoutItem[]>>;

/** A widget placed on a dashboard: `i` keys its layout rectangles, `widget` names a library entry. */
export interface DashboardItem {
  i: string;
  /** Id of a {@link WidgetInstance} in the {@link WidgetLibrary}. */
  widget: string;
  /** Title shown on this dashboard instead of the library entry's title. */
  title?: string;
}

/**
 * A dashboard (an "overview view"), defined by an admin for some roles.
 *
 * @example
 * ```json
 * { "id": "agent-overview", "name": "Agent overview", "roles": ["agent"], "personalizable": true,
 *   "items": [{ "i": "todo", "widget": "my-todo" }],
 *   "layouts": { "lg": [{ "i": "todo", "x": 0, "y": 0, "w": 4, "h": 4 }] } }
 * ```
 */
export interface DashboardDocument {
  id: string;
  name: string;
  description?: string;
  /** Roles this view is for; everyone when absent or empty. */
  roles?: string[];
  /** Whether a user may move and resize widgets for themselves (saved as a {@link PersonalLayout}). */
  personalizable?: boolean;
  items: DashboardItem[];
  layouts: DashboardLayouts;
  /** Raised by one on every shared edit, so personal layouts can tell they are based on an older one. */
  version?: number;
}

/** A configured widget in the component library, placeable on many dashboards. */
export interface WidgetInstance {
  /** The widget type name in the registry (`todo`, `chart`, ...). */
  type: string;
  title?: string;
  /** Configuration, validated against the type's configuration schema. */
  config: Record<string, unknown>;
  /** Reload every so many seconds; never when absent or 0. */
  refreshSeconds?: number;
}

/** Configured widgets by id: the component library shared by every dashboard. */
export type WidgetLibrary = Record<string, WidgetInstance>;

/** One user's placement of one dashboard's widgets, saved apart from the role's default layout. */
export interface PersonalLayout {
  /** The {@link DashboardDocument.id} this layout personalises. */
  dashboard: string;
  user: string;
  layouts: DashboardLayouts;
  /** `DashboardDocument.version` the user personalised from. */
  basedOn?: number;
  updatedAt?: string;
}
