/**
 * Every definition finding the runtime can emit has a message in each shipped catalog, and the
 * findings read in the reader's language. The codes are read from the runtime's source (every
 * code literal given to an issue factory or written as an issue's `code`, in the files that
 * produce findings), so a new code without messages fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { changeRequestFixture } from '../definition/fixtures/change-request';
import { schemaFindingCodes } from '../definition/schema-check';
import type { Issue, LocalizedDefinition } from '../index';
import { lintDefinition, validateDefinition } from '../index';
import { createI18n } from './index';
import { runtimeMessagesEn } from './messages.en';
import { runtimeMessagesZhCN } from './messages.zh-CN';

const src = join(__dirname, '..');
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Files that produce findings: the definition checks, and whatever throws or lists them. */
function findingSources(): string[] {
  return sources(src).filter((file) => {
    if (file.startsWith(join(src, 'definition'))) return true;
    const text = readFileSync(file, 'utf8');
    return /new DefinitionError\(|export function \w+Issues\(/.test(text);
  });
}

/** Code literals in `make(path, 'CODE', …)` / `warn(…)` calls and in `{ code: 'CODE', severity }`. */
function emittedCodes(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const literals = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) && CODE.test(node.text)) found.push(node.text);
    else if (ts.isConditionalExpression(node)) {
      literals(node.whenTrue);
      literals(node.whenFalse);
    }
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      /^(make|warn)$/.test(node.expression.text) &&
      node.arguments[1]
    ) {
      literals(node.arguments[1]);
    }
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.some((p) => p.name?.getText(source) === 'severity')
    ) {
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && p.name.getText(source) === 'code')
          literals(p.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const allCodes = (): string[] =>
  [
    ...new Set([
      ...findingSources().flatMap((file) => emittedCodes(file)),
      ...schemaFindingCodes(),
    ]),
  ].sort();

describe('finding messages', () => {
  it('cover every finding code the runtime can emit, in en and zh-CN', () => {
    const codes = allCodes();
    // The scan finds the codes of validation, lint, publishing and the engine's own checks.
    expect(codes.length).toBeGreaterThan(60);
    expect(codes).toEqual(
      expect.arrayContaining([
        'TEXT_LOCALE_MISSING',
        'DURATION_DAYS_ON_CALENDAR',
        'SCHEMA_REQUIRED',
      ]),
    );
    const en = runtimeMessagesEn as Record<string, string>;
    const zh = runtimeMessagesZhCN as Record<string, string>;
    const lacking = codes.flatMap((code) => [
      ...(en[`finding.${code}`] ? [] : [`en lacks finding.${code}`]),
      ...(zh[`finding.${code}`] ? [] : [`zh-CN lacks finding.${code}`]),
    ]);
    expect(lacking).toEqual([]);
  });

  it('the scan sees a code given to an issue factory or written in an issue', () => {
    const probe = [
      "make(at, cond ? 'PROBE_A' : 'PROBE_B', 'x', { params: {} });",
      "warn(at, 'PROBE_C', 'x');",
      "const i = { path: '', code: 'PROBE_D', severity: 'error', message: '' };",
      "other(at, 'NOT_A_FINDING');",
    ].join('\n');
    expect(emittedCodes('probe.ts', probe)).toEqual(['PROBE_A', 'PROBE_B', 'PROBE_C', 'PROBE_D']);
  });

  const broken = (): LocalizedDefinition => {
    const def: LocalizedDefinition = changeRequestFixture();
    def.locales = ['en', 'zh-CN'];
    def.name = { en: 'Change request' };
    const rework = def.nodes.find((n) => n.id === 'rework')!;
    rework.name = { en: 'Rework', 'zh-CN': '返工' };
    def.nodes.push({ id: 'orphan', type: 'task', name: 'Orphan' } as never);
    delete def.catalog;
    return def;
  };
  const findings = (def: LocalizedDefinition): Issue[] => [
    ...validateDefinition(def).issues,
    ...lintDefinition(def),
  ];

  it('shows a real invalid definition in Chinese, step names in the reader language', () => {
    const def = broken();
    const zh = createI18n({ locale: 'zh-CN' });
    const issues = findings(def);
    const shown = issues.map((i) => zh.findingMessage(i, { definition: def }));
    expect(shown).toEqual(
      expect.arrayContaining([
        '从开始节点无法到达任务“orphan”（Orphan）；请为它连接一条连线，或将其删除。',
        '任务“rework”（返工）有 2 条没有条件的流出连线，但只会走第一条；请添加条件，或用并行网关同时走所有连线。',
        '“name”缺少 zh-CN 文本；请在其他语言旁补上，否则 zh-CN 的读者会看到其他语言。',
        '流程没有服务目录路径，申请人在服务目录中找不到它；请设置“catalog”，例如 ["账号与权限", "访问权限"]。',
      ]),
    );
    for (const text of shown) {
      expect(text).toMatch(/[\u3400-\u9fff]/);
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('in English reads as the runtime message', () => {
    const def = broken();
    const en = createI18n({ locale: 'en' });
    const issues = findings(def).filter((i) => i.code !== 'TEXT_LOCALE_MISSING');
    expect(issues.length).toBeGreaterThan(3);
    for (const issue of issues) expect(en.findingMessage(issue)).toBe(issue.message);
  });

  it('says what a value must look like, from the schema', () => {
    const def = broken() as unknown as Record<string, unknown>;
    def.key = 'Bad Key!';
    def.catalog = [];
    def.numberPrefix = 'x'.repeat(20);
    def.colour = 'red';
    const issues = validateDefinition(def).issues.filter((i) => i.code.startsWith('SCHEMA_'));
    expect(issues.length).toBeGreaterThanOrEqual(4);
    const en = createI18n({ locale: 'en' });
    for (const issue of issues) expect(en.findingMessage(issue)).toBe(issue.message);
    const zh = createI18n({ locale: 'zh-CN' });
    expect(issues.map((i) => zh.findingMessage(i))).toEqual(
      expect.arrayContaining([
        '“key”格式不正确，应为由字母、数字、“.”、“_”和“-”组成的稳定 ID（例如 change-request）。',
        '“catalog”不能为空。',
      ]),
    );
  });

  it('keeps the English message for unknown codes and findings without data', () => {
    const zh = createI18n({ locale: 'zh-CN' });
    const unknown: Issue = { path: '', code: 'HOST_RULE', severity: 'warning', message: 'Mine.' };
    expect(zh.findingMessage(unknown)).toBe('Mine.');
    const old: Issue = {
      path: '/nodes/1',
      code: 'NODE_NO_NAME',
      severity: 'warning',
      message: 'Old.',
    };
    expect(zh.findingMessage(old)).toBe('Old.');
    const plain: Issue = { path: '/nodes', code: 'NO_START', severity: 'error', message: 'Add.' };
    expect(zh.findingMessage(plain)).toBe('流程没有开始节点；请添加一个。');
  });

  it('lets a host reword a finding', () => {
    const i18n = createI18n({
      locale: 'en',
      messages: { 'finding.CATALOG_MISSING': 'Put it in the catalog.' },
    });
    const issue = lintDefinition(broken()).find((i) => i.code === 'CATALOG_MISSING')!;
    expect(i18n.findingMessage(issue)).toBe('Put it in the catalog.');
  });
});
