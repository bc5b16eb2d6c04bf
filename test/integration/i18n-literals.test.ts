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

describe('user-facing literals', () => {
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
