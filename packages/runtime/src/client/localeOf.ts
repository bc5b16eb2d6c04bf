import { localizeDefinition, textPicker, variantIn } from '../definition/localize';
import type { LocalizedDefinition } from '../definition/definition.types';
import type { EngineCore } from '../engine/engine.types';
import type { ClientOptions } from '../engine/runtime.types';
import type { WorkItem } from '../model/ticket.types';

/**
 * The locales one reader reads in, most wanted first: those given to `runtime.client(actor,
 * { locale })`, then the directory user's own `locale` (asked once per call of the result's
 * first use).
 */
export function readerLocales(
  core: EngineCore,
  actor: string,
  options: ClientOptions = {},
): () => Promise<string[]> {
  const given = options.locale === undefined ? [] : [options.locale].flat();
  let all: Promise<string[]> | undefined;
  return () =>
    (all ??= core.directory.getUser(actor).then(
      (user) => {
        const own = (user as { locale?: unknown } | null)?.locale;
        return typeof own === 'string' && own ? [...given, own] : given;
      },
      () => given,
    ));
}

/** A work item with its step name in the reader's locale (the variants are not answered). */
export function localizeItem(item: WorkItem, locales: readonly string[]): WorkItem {
  if (!item.nodeNames) return item;
  const { nodeNames, ...rest } = item;
  const nodeName = variantIn(nodeNames, locales) ?? item.nodeName;
  return nodeName === undefined ? rest : { ...rest, nodeName };
}

/** A definition as served to a reader (`client.getDefinition`). */
export function localizeFor(def: LocalizedDefinition, locales: readonly string[]) {
  return localizeDefinition(def, textPicker(locales, def.locales));
}
