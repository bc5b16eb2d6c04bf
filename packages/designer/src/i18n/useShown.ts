import { useI18n } from '@deskkit/forms';
import type { LocalizedDefinition, WorkflowDefinition } from '@deskkit/runtime';
import { localizeDefinition, textPicker } from '@deskkit/runtime/i18n';
import { useMemo } from 'react';

/** `def` as the UI locale reads it: every text that carries a variant per locale picked. */
export function shownDefinition(def: LocalizedDefinition, locale: string): WorkflowDefinition {
  return localizeDefinition(def, textPicker([locale], def.locales ?? []));
}

/**
 * A definition for read-only views (viewer, simulator, diff): the texts written per locale show
 * in the UI locale of the nearest `DeskkitI18nProvider`. Plain definitions come back as they are.
 */
export function useShownDefinition<D extends LocalizedDefinition | undefined>(
  def: D,
): D extends undefined ? WorkflowDefinition | undefined : WorkflowDefinition {
  const { locale } = useI18n();
  return useMemo(
    () => (def ? shownDefinition(def, locale) : undefined),
    [def, locale],
  ) as D extends undefined ? WorkflowDefinition | undefined : WorkflowDefinition;
}
