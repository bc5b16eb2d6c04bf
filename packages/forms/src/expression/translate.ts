import { useMemo } from 'react';
import { useFormsTranslator } from '../i18n/I18nProvider';
import type { TranslateFn } from '../i18n/messages';

/**
 * A translate function handed to {@link ExpressionInput} or {@link ConditionBuilder}: the forms
 * `TranslateFn`, or another package's translator (the designer's `Translator`). It is asked first;
 * a key it does not answer (it returns nothing, or the key itself) comes from the forms catalogs.
 */
export type ExpressionTranslate = (key: never, vars?: never) => string | undefined;

/** The translator the expression components call: the host's `t` over the forms catalogs. */
export function useExpressionTranslator(t?: ExpressionTranslate): TranslateFn {
  const own = useFormsTranslator();
  return useMemo(() => {
    if (!t) return own;
    const host = t as unknown as (key: string, vars?: Record<string, string | number>) => unknown;
    return (key, vars) => {
      const said = host(key, vars);
      return typeof said === 'string' && said !== key ? said : own(key, vars);
    };
  }, [t, own]);
}
