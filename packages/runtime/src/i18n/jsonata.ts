import type { MessageValues } from './message';

type Translate = (key: string, values?: MessageValues) => string;

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;

/** jsonata's values are shown as JSON, as jsonata's own messages do. */
const json = (value: unknown): string | undefined =>
  value === undefined ? undefined : JSON.stringify(value);

/**
 * A jsonata failure in the reader's language, by its code (`jsonata.<code>`). A code no catalog
 * knows, or a message whose values the failure lacks, keeps jsonata's English text.
 */
export function renderExpressionFailure(
  t: Translate,
  known: (key: string) => string | undefined,
  failure: unknown,
): string {
  const outer = record(failure) ?? {};
  const cause = record(outer.cause);
  // Parse results and finding params hold values already shown as JSON; jsonata's errors do not.
  const raw =
    cause && typeof cause.code === 'string'
      ? cause
      : 'ok' in outer || 'errorCode' in outer
        ? undefined
        : outer;
  const f = raw ?? outer;
  const fallback = String(f.error ?? f.detail ?? f.message ?? failure);
  const code = f.errorCode ?? f.code;
  const template = typeof code === 'string' ? known(`jsonata.${code}`) : undefined;
  if (template === undefined) return fallback;
  const values: MessageValues = {
    token: f.token === undefined ? undefined : String(f.token),
    value: raw ? json(raw.value) : (f.value as string | undefined),
    value2: raw ? json(raw.value2) : (f.value2 as string | undefined),
    index: f.index as number | undefined,
  };
  for (const [, name] of template.matchAll(/\{(\w+)\}/g))
    if (values[name as string] === undefined) return fallback;
  return t(`jsonata.${code}`, values);
}
