import { IntlMessageFormat } from 'intl-messageformat';

interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

// Element types of @formatjs/icu-messageformat-parser: 1 argument, 2 number, 3 date, 4 time,
// 5 select, 6 plural, 8 tag.
function collectArguments(nodes: AstNode[], into: Set<string>): void {
  for (const node of nodes) {
    if (node.type >= 1 && node.type <= 6 && typeof node.value === 'string') into.add(node.value);
    for (const option of Object.values(node.options ?? {})) collectArguments(option.value, into);
    if (node.children) collectArguments(node.children, into);
  }
}

/**
 * Problems between catalogs of one package: keys one catalog has and another lacks, messages
 * that are not valid ICU, and translations that drop or invent an argument. An empty list means
 * the catalogs agree. Each package's test asserts it is empty.
 *
 * @example
 * ```ts
 * expect(checkCatalogs({ en: defaultMessages, 'zh-CN': zhCNMessages })).toEqual([]);
 * ```
 */
export function checkCatalogs(catalogs: Record<string, Record<string, string>>): string[] {
  const problems: string[] = [];
  const locales = Object.keys(catalogs);
  const allKeys = new Set(locales.flatMap((l) => Object.keys(catalogs[l] ?? {})));
  const args = new Map<string, string>();
  for (const key of [...allKeys].sort()) {
    for (const locale of locales) {
      const template = catalogs[locale]?.[key];
      if (template === undefined) {
        problems.push(`${locale} lacks "${key}"`);
        continue;
      }
      let names: Set<string>;
      try {
        const ast = new IntlMessageFormat(template, locale, undefined, {
          ignoreTag: true,
        }).getAst();
        names = new Set();
        collectArguments(ast as unknown as AstNode[], names);
      } catch (error) {
        problems.push(`${locale} "${key}" is not valid ICU: ${(error as Error).message}`);
        continue;
      }
      const signature = [...names].sort().join(',');
      const first = args.get(key);
      if (first === undefined) args.set(key, signature);
      else if (first !== signature)
        problems.push(`${locale} "${key}" uses {${signature}}, another catalog {${first}}`);
    }
  }
  return problems;
}
