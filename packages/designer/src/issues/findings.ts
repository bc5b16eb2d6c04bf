import type { I18n } from '@deskkit/runtime/i18n';
import type { Issue } from '@deskkit/runtime';

const findingsOf = (error: unknown): Issue[] => {
  const issues = error && typeof error === 'object' ? (error as { issues?: unknown }).issues : [];
  return Array.isArray(issues)
    ? issues.filter(
        (i): i is Issue => !!i && typeof i === 'object' && typeof (i as Issue).code === 'string',
      )
    : [];
};

/**
 * Why a publish failed, in the UI language: the findings a refused definition came back with
 * (`DefinitionError.issues`, also over HTTP), each by its code; any other error by its code.
 */
export function publishFailure(i18n: I18n, error: unknown, definition?: unknown): string {
  const findings = findingsOf(error);
  if (findings.length === 0) return i18n.errorMessage(error);
  return findings.map((issue) => i18n.findingMessage(issue, { definition })).join(' ');
}
