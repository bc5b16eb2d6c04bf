import { DefinitionError } from '@deskkit/runtime';
import type { DataRequests } from '../data/dataSource.types';
import type { WidgetSpec, WidgetType } from './widget.types';

/**
 * Declares a widget type. Built-in widgets are declared with it too, so a host's widget is a
 * peer of them: register it with {@link createWidgetRegistry}.
 *
 * @example
 * ```tsx
 * const openCount = defineWidget({
 *   type: 'openCount',
 *   label: () => 'Open tickets',
 *   config: { schema: { type: 'object', properties: {} } },
 *   defaultConfig: {},
 *   defaultSize: { w: 3, h: 2 },
 *   initialState: () => null,
 *   query: () => ({ open: { kind: 'aggregate', query: { groupBy: [], status: ['open'] } } }),
 *   Component: ({ data }) => <strong>{data.open.groups[0]?.value ?? 0}</strong>,
 * });
 * ```
 */
export function defineWidget<C extends object, S, Q extends DataRequests>(
  spec: WidgetSpec<C, S, Q>,
): WidgetType {
  if (!spec.type || typeof spec.type !== 'string') {
    throw new DefinitionError('A widget type needs a non-empty `type` name.', [
      {
        path: '/type',
        code: 'WIDGET_TYPE_MISSING',
        severity: 'error',
        message: 'Give the widget type a name.',
      },
    ]);
  }
  // The registry holds widgets of many configuration types; each is only ever called with the
  // configuration its own `defaultConfig` and schema produce, so erasing the parameters is safe.
  return spec as unknown as WidgetType;
}

/** The widget types a dashboard can show, by type name. */
export interface WidgetRegistry {
  get(type: string): WidgetType | undefined;
  /** Every type, in registration order. */
  list(): WidgetType[];
  /** A new registry with more types (a type with an existing name replaces it). */
  with(...types: WidgetType[]): WidgetRegistry;
}

/**
 * A registry of widget types. Later types replace earlier ones with the same name, so a host can
 * override a built-in.
 *
 * @example
 * ```ts
 * const registry = createWidgetRegistry([...builtinWidgets, openCount]);
 * ```
 */
export function createWidgetRegistry(types: readonly WidgetType[] = []): WidgetRegistry {
  const map = new Map<string, WidgetType>();
  for (const type of types) map.set(type.type, type);
  return {
    get: (type) => map.get(type),
    list: () => [...map.values()],
    with: (...more) => createWidgetRegistry([...map.values(), ...more]),
  };
}
