import type { LocalizedText } from './definition.types';
import type { Issue } from '../errors/errors';
import type { WorkflowDefinition } from './definition.types';
import type { issueFactory } from './issues';
import { describePath, pointer, whereParams } from './issues';
import { definitionTexts } from './localize';

type Warn = ReturnType<typeof issueFactory>;

/**
 * `TEXT_LOCALE_MISSING`: a text written per locale lacks a variant for a locale the definition
 * declares (`locales`); readers of that locale would get another language. A plain string is one
 * text for every locale and is not reported.
 */
export function localeIssues(def: WorkflowDefinition<LocalizedText>, warn: Warn): Issue[] {
  const declared = Array.isArray(def.locales)
    ? def.locales.filter((l): l is string => typeof l === 'string')
    : [];
  if (declared.length === 0) return [];
  const issues: Issue[] = [];
  definitionTexts(def, (text, path) => {
    if (typeof text === 'string') return;
    const missing = declared.filter((l) => typeof text[l] !== 'string' || !text[l].trim());
    if (missing.length === 0) return;
    const at = pointer(...path);
    issues.push(
      warn(
        at,
        'TEXT_LOCALE_MISSING',
        `${describePath(def, at)} has no ${missing.map((l) => `"${l}"`).join(', ')} text; add ${missing.length > 1 ? 'them' : 'it'} beside the others, or readers of ${missing.join(', ')} see another language.`,
        { params: { ...whereParams(def, at), locales: missing.join(', '), count: missing.length } },
      ),
    );
  });
  return issues;
}
