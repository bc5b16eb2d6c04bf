import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { useI18n } from '@deskkit/forms';
import { checkCatalogs } from '@deskkit/runtime/i18n';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ts from 'typescript';
import { t } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LocaleRoot } from './LocaleRoot';
import { setLocale } from './locale';
import { playgroundEn } from './en';
import { playgroundZhCN } from './zh-CN';

const src = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.tsx?$/.test(e.name) && !/\.(test|stories)\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/**
 * Every string the playground shows: the literal of each `t('…')`, and the labels it passes to
 * `t` from tables (a `label: '…'` property, or a value of a `…Labels` object).
 */
function shownStrings(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files(src)) {
    // Demo definitions are content (their option labels are the definition's, localized with the
    // definition), and the language menu names each language in itself.
    const name = relative(src, file);
    if (name.startsWith('demo') || name.startsWith('locale')) continue;
    const code = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const where = (n: ts.Node) =>
      `${name}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (node: ts.Node, inLabels: boolean): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 't'
      ) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)))
          found.set(first.text, where(first));
      }
      if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.initializer)) {
        const name = node.name.getText();
        if (name === 'label' || inLabels) found.set(node.initializer.text, where(node));
      }
      const labels =
        ts.isVariableDeclaration(node) && /Labels$/.test(node.name.getText()) ? true : inLabels;
      ts.forEachChild(node, (child) => visit(child, labels));
    };
    visit(sf, false);
  }
  return found;
}

describe('playground catalogs', () => {
  it('have a zh-CN entry for every string the playground shows', () => {
    const missing = [...shownStrings()].filter(([text]) => !(text in playgroundZhCN));
    expect(missing.map(([text, at]) => `${at}: ${text}`)).toEqual([]);
  });

  it('are valid ICU, and each translation uses the arguments of its English', () => {
    const keys = new Set([...shownStrings().keys(), ...Object.keys(playgroundZhCN)]);
    const en = Object.fromEntries([...keys].map((k) => [k, playgroundEn[k] ?? k]));
    const zh = { ...en, ...playgroundZhCN };
    expect(checkCatalogs({ en, 'zh-CN': zh })).toEqual([]);
  });

  it('write English plurals as ICU plurals, never "(s)"', () => {
    const shown = shownStrings();
    expect(Object.keys(playgroundEn).filter((k) => !shown.has(k))).toEqual([]);
    const unplural = [...shown].filter(([k]) => /\(s\)/.test(playgroundEn[k] ?? k));
    expect(unplural.map(([text, at]) => `${at}: ${text}`)).toEqual([]);
  });
});

describe('t', () => {
  afterEach(() => setLocale('en'));

  it('counts in English with ICU plurals', () => {
    setLocale('en');
    expect(t('Move {count} ticket(s)', { count: 1 })).toBe('Move 1 ticket');
    expect(t('Move {count} ticket(s)', { count: 3 })).toBe('Move 3 tickets');
    expect(t('{n} of {count} selected tickets offer this', { n: 1, count: 1 })).toBe(
      '1 of 1 selected ticket offers this',
    );
    expect(t('{n} of {count} selected tickets offer this', { n: 2, count: 5 })).toBe(
      '2 of 5 selected tickets offer this',
    );
  });

  it('counts in Chinese', () => {
    setLocale('zh-CN');
    expect(t('Move {count} ticket(s)', { count: 1 })).toBe('迁移 1 张工单');
    expect(t('Exported {count} tickets.', { count: 12 })).toBe('已导出 12 张工单。');
    expect(t('Not saved: {count} problem(s) to fix.', { count: 2 })).toBe(
      '未保存：有 2 个问题需要修正。',
    );
  });
});

function Probe() {
  const i18n = useI18n();
  return (
    <p>
      {t('Sign out')} · {i18n.formatDateTime('2026-12-07T08:30:00Z')}
    </p>
  );
}

describe('LanguageSwitcher', () => {
  afterEach(() => act(() => setLocale('en')));

  it('switches the whole desk to Chinese, in the desk time zone, and remembers it', async () => {
    const user = userEvent.setup();
    render(
      <LocaleRoot>
        <LanguageSwitcher />
        <Probe />
      </LocaleRoot>,
    );
    expect(screen.getByText(/Sign out · 7 Dec 2026, 09:30/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Language'), '简体中文');
    expect(screen.getByText(/退出登录 · 2026年12月7日 09:30/)).toBeInTheDocument();
    expect(screen.getByLabelText('语言')).toHaveValue('zh-CN');
    expect(localStorage.getItem('deskkit.playground.locale')).toBe('zh-CN');
  });
});
