import { NODE_TYPES, type WorkflowDefinition } from '@deskkit/runtime';
import { createTranslator, type Translator } from '../i18n/messages';

/** Why an imported text cannot be opened in the designer. */
export type ImportErrorCode =
  'INVALID_JSON' | 'NOT_AN_OBJECT' | 'MISSING_KEY' | 'BAD_NODE' | 'BAD_EDGE';

/**
 * Thrown by {@link parseDefinitionJson} for text the designer cannot open. `path` is a JSON pointer
 * to the offending place (`''` for the whole document).
 */
export class DefinitionImportError extends Error {
  readonly code: ImportErrorCode;
  readonly path: string;
  constructor(code: ImportErrorCode, path: string, message: string) {
    super(message);
    this.name = 'DefinitionImportError';
    this.code = code;
    this.path = path;
  }
}

/** What a JSON value is, as the `import.notObject` message selects on. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses JSON text into a workflow definition the designer can open: valid JSON, an object with a
 * `form`, `nodes` with ids and known types, and `edges` with ids and ends. Everything beyond that
 * shape is for `validateDefinition` of the runtime, which the designer runs live after import.
 *
 * @throws {@link DefinitionImportError} naming what is wrong and where.
 * @example
 * ```ts
 * try {
 *   setDefinition(parseDefinitionJson(text));
 * } catch (e) {
 *   if (e instanceof DefinitionImportError) alert(`${e.path}: ${e.message}`);
 * }
 * ```
 */
export function parseDefinitionJson(
  text: string,
  t: Translator = createTranslator(),
): WorkflowDefinition {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DefinitionImportError(
      'INVALID_JSON',
      '',
      t('import.invalidJson', { error: e instanceof Error ? e.message : String(e) }),
    );
  }
  if (!isRecord(data)) {
    throw new DefinitionImportError(
      'NOT_AN_OBJECT',
      '',
      t('import.notObject', { kind: kindOf(data) }),
    );
  }
  const expected: Array<[string, string, (v: unknown) => boolean]> = [
    ['nodes', 'steps', Array.isArray],
    ['edges', 'connections', Array.isArray],
    ['form', 'schema', isRecord],
  ];
  for (const [key, what, ok] of expected) {
    if (!ok(data[key])) {
      throw new DefinitionImportError(
        'MISSING_KEY',
        `/${key}`,
        t('import.missing', { key, expected: what }),
      );
    }
  }
  const nodes = data.nodes as unknown[];
  nodes.forEach((n, index) => {
    if (
      !isRecord(n) ||
      typeof n.id !== 'string' ||
      !NODE_TYPES.includes(n.type as (typeof NODE_TYPES)[number])
    ) {
      throw new DefinitionImportError(
        'BAD_NODE',
        `/nodes/${index}`,
        t('import.badNode', { index, types: NODE_TYPES.join(', ') }),
      );
    }
  });
  (data.edges as unknown[]).forEach((e, index) => {
    if (
      !isRecord(e) ||
      typeof e.id !== 'string' ||
      typeof e.from !== 'string' ||
      typeof e.to !== 'string'
    ) {
      throw new DefinitionImportError(
        'BAD_EDGE',
        `/edges/${index}`,
        t('import.badEdge', { index }),
      );
    }
  });
  return data as unknown as WorkflowDefinition;
}
