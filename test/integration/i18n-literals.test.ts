/**
 * Every user-facing string of the React packages passes through the one translation layer: a
 * JSX text or an aria-label / title / placeholder / alt written as a literal fails this test,
 * with the file and line. A literal that is not language (a code example, a format) is listed in
 * ALLOWED with the reason.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const PACKAGES = [
  'packages/forms/src',
  'packages/designer/src',
  'packages/widgets/src',
  'apps/playground/src',
];
const ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Words: two letters in a row (Latin or CJK); single letters, numbers and symbols are not language. */
const WORDS = /[A-Za-z]{2}|[\u3400-\u9fff]/;

/** `file: literal` → why it is not translated. */
const ALLOWED: Record<string, string> = {
  "packages/designer/src/inspector/EdgeInspector.tsx: priority = 'high'": 'a jsonata example',
  "packages/designer/src/settings/SlaEditor.tsx: priority = 'P1'": 'a jsonata example',
  "packages/designer/src/settings/WorkflowSettings.tsx: summary & ' – ' & service":
    'a jsonata example',
  'packages/designer/src/schedule/ScheduleEditor.tsx: Europe/Paris': 'an IANA time zone name',
  'apps/playground/src/App.tsx: runtime': 'a package name (the footer lists versions)',
  'apps/playground/src/App.tsx: · forms': 'a package name',
  'apps/playground/src/App.tsx: · designer': 'a package name',
  'apps/playground/src/App.tsx: · widgets': 'a package name',
  'apps/playground/src/shell/SignInPage.tsx: Deskkit': 'the product name',
  'apps/playground/src/shell/TopBar.tsx: Deskkit': 'the product name',
};

/**
 * `file: expression` of a `{x.message}` shown as JSX text → why it is in the UI language. The
 * runtime's and the validators' `message` is English (it is for logs and developers): a component
 * shows `i18n.errorMessage` / `findingMessage` / a catalog message instead.
 */
const LOCALIZED_MESSAGES: Record<string, string> = {
  'packages/designer/src/designer/JsonDialogs.tsx: error.message':
    'DefinitionImportError is built with the designer translator (parseDefinitionJson(text, t))',
  'packages/widgets/src/dashboard/ConfigDialog.tsx: issue.message':
    'configValidator writes its issues with the widgets translator, in the desk language',
};
/**
 * Raw messages still shown in English in another language (issue 18): this list may only shrink.
 * Each should go through `describeError` / `i18n.errorMessage` / `findingMessage`.
 */
const KNOWN_RAW_MESSAGES = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx$/.test(entry.name) && !/\.(test|stories)\.tsx$/.test(entry.name) ? [path] : [];
  });
}

function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return undefined;
}

function bypasses(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const name = relative(root, file);
  const found: string[] = [];
  const report = (node: ts.Node, literal: string) => {
    const trimmed = literal.trim();
    if (!WORDS.test(trimmed) || ALLOWED[`${name}: ${trimmed}`]) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${name}:${line + 1}: ${trimmed}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const expression = ts.isJsxExpression(init) ? init.expression : init;
      const literal = expression && literalText(expression);
      if (literal !== undefined) report(node, literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node)
    ? unwrap(node.expression)
    : node;

/** `{something.message}` as JSX text: an error's or an issue's own (English) sentence. */
function rawMessages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const name = relative(root, file);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const shown = unwrap(node.expression);
      const key = `${name}: ${node.expression.getText()}`;
      if (
        ts.isPropertyAccessExpression(shown) &&
        shown.name.text === 'message' &&
        !LOCALIZED_MESSAGES[key] &&
        !KNOWN_RAW_MESSAGES.has(key)
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${name}:${line + 1}: ${node.expression.getText()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing literals', () => {
  it.each(PACKAGES)('%s shows no raw English error or issue message as text', (dir) => {
    expect(sourceFiles(join(root, dir)).flatMap(rawMessages)).toEqual([]);
  });

  it('the list of known raw messages only names ones that are still there', () => {
    const present = new Set(
      PACKAGES.flatMap((dir) => sourceFiles(join(root, dir))).flatMap((file) => {
        const source = ts.createSourceFile(
          file,
          readFileSync(file, 'utf8'),
          ts.ScriptTarget.Latest,
          true,
          ts.ScriptKind.TSX,
        );
        const keys: string[] = [];
        const visit = (node: ts.Node): void => {
          if (ts.isJsxExpression(node) && node.expression)
            keys.push(`${relative(root, file)}: ${node.expression.getText()}`);
          ts.forEachChild(node, visit);
        };
        visit(source);
        return keys;
      }),
    );
    for (const key of [...KNOWN_RAW_MESSAGES, ...Object.keys(LOCALIZED_MESSAGES)])
      expect(present.has(key), key).toBe(true);
  });

  it('catches an error message shown as text', () => {
    const probe = join(root, 'packages/forms/src/i18n/__probe_message__.tsx');
    writeFileSync(probe, 'export const A = (e: Error) => <p>{e.message}</p>;\n');
    try {
      expect(rawMessages(probe)).toEqual([
        'packages/forms/src/i18n/__probe_message__.tsx:1: e.message',
      ]);
    } finally {
      rmSync(probe);
    }
  });

  it.each(PACKAGES)('%s shows no JSX text or label that bypasses the translation layer', (dir) => {
    expect(sourceFiles(join(root, dir)).flatMap(bypasses)).toEqual([]);
  });

  it('catches a literal label, text and template', () => {
    const probe = join(root, 'packages/forms/src/i18n/__probe__.tsx');
    writeFileSync(
      probe,
      'export const A = (n: number) => <p title={`Row ${n} of it`} aria-label="Close">Hello {n}</p>;\n',
    );
    try {
      expect(bypasses(probe)).toEqual([
        'packages/forms/src/i18n/__probe__.tsx:1: Row   of it',
        'packages/forms/src/i18n/__probe__.tsx:1: Close',
        'packages/forms/src/i18n/__probe__.tsx:1: Hello',
      ]);
    } finally {
      rmSync(probe);
    }
  });
});
