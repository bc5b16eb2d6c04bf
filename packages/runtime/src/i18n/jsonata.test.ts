import { describe, expect, it } from 'vitest';
import { lintDefinition, validateDefinition } from '../definition';
import { changeRequestFixture } from '../definition/fixtures/change-request';
import { evaluate, parseExpression } from '../expressions';
import { checkCatalogs, createI18n } from './index';
import { jsonataMessagesZhCN } from './jsonata.zh-CN';

const zh = createI18n({ locale: 'zh-CN' });
const en = createI18n({ locale: 'en' });

async function evaluationError(expr: string): Promise<unknown> {
  try {
    await evaluate(expr, { data: { a: 1 } });
  } catch (error) {
    return error;
  }
  throw new Error(`${expr} evaluated`);
}

describe('jsonata errors in the reader language', () => {
  it('are valid ICU, with only the values jsonata gives', () => {
    expect(checkCatalogs({ 'zh-CN': jsonataMessagesZhCN })).toEqual([]);
    for (const template of Object.values(jsonataMessagesZhCN))
      for (const [, name] of template.matchAll(/\{(\w+)/g))
        expect(['token', 'value', 'value2', 'index']).toContain(name);
  });

  it('let a host reword a code, English included', () => {
    const mine = createI18n({ locale: 'en', messages: { 'jsonata.S0201': 'Bad "{token}".' } });
    const parsed = parseExpression('a ]');
    expect(mine.expressionMessage(parsed)).toBe('Bad "]".');
  });

  it('name the unexpected or expected token of a parse error, by its code', () => {
    const cases: Array<[string, string, string]> = [
      ['a = ', 'S0207', '表达式不完整：结尾缺少内容。'],
      ['(a', 'S0203', '表达式结束前缺少 ")"。'],
      ['a ]', 'S0201', '“]”处有语法错误。'],
      ['a ! b', 'S0204', '未知的运算符“!”。'],
      ['a.1', 'S0213', '值 1 不能作为路径中的一步。'],
      ['"abc', 'S0101', '引号中的文本缺少结尾引号。'],
      ['', 'DK_EMPTY', '表达式为空。'],
    ];
    for (const [expr, code, text] of cases) {
      const parsed = parseExpression(expr);
      if (parsed.ok) throw new Error(`${expr} parsed`);
      expect(parsed.code).toBe(code);
      expect(zh.expressionMessage(parsed)).toBe(text);
      // English is jsonata's own sentence.
      expect(en.expressionMessage(parsed)).toBe(parsed.error);
    }
  });

  it('say which function is unknown and which operand has the wrong type', async () => {
    const cases: Array<[string, string]> = [
      ["substring('a')", '“substring”不是函数。是否想写 $substring？'],
      ['$nope()', '调用的不是函数：该函数或变量不存在。'],
      ["'a' + 1", '“+”的左侧必须是数字。'],
      ["a + 'x'", '“+”的右侧必须是数字。'],
      ["1 < 'a'", '“<”两侧的值 1 和 "a" 必须是同一类型。'],
      ['$uppercase(1)', '函数 $uppercase 的第 1 个参数类型不符合要求。'],
      ["$number('x')", '"x" 无法转换为数字。'],
    ];
    for (const [expr, text] of cases) {
      const error = await evaluationError(expr);
      expect(zh.expressionMessage(error)).toBe(text);
      expect(zh.errorMessage(error)).toBe(`无法计算某个条件或计算值：${text}`);
      expect(en.expressionMessage(error)).toBe((error as { cause: Error }).cause.message);
    }
  });

  it('keep jsonata text for a code no catalog knows', async () => {
    const error = await evaluationError("$split('a', 'b', -1)");
    const jsonata = (error as { cause: { code: string; message: string } }).cause;
    expect(jsonata.code).toBe('D3020');
    expect(zh.expressionMessage(error)).toBe(jsonata.message);
    expect(zh.errorMessage(error)).toBe('无法计算某个条件或计算值。');
  });

  it('show inside an expression finding in Chinese', () => {
    const def = changeRequestFixture();
    const edge = def.edges.find((e) => e.when)!;
    edge.when = "risk = 'high' and";
    const issue = [...validateDefinition(def).issues, ...lintDefinition(def)].find(
      (i) => i.code === 'EXPRESSION_INVALID',
    )!;
    expect(zh.findingMessage(issue, { definition: def })).toMatch(
      /无法解析（第 1 行第 \d+ 列）：表达式不完整：结尾缺少内容。$/,
    );
    expect(en.findingMessage(issue)).toBe(issue.message);
  });
});
