/**
 * Findings whose text comes from a JSON Schema validator read in the reader's language: the opt-in
 * ajv validator's (by ajv's keyword and params) and a template value's detail (the eval-free
 * validator's), as the default validator's findings do.
 */
import { describe, expect, it } from 'vitest';
import { ajvFormValidator } from '../ajv';
import { changeRequestFixture } from '../definition/fixtures/change-request';
import { lintDefinition, validateDefinition } from '../index';
import { createI18n } from './index';

const zh = createI18n({ locale: 'zh-CN' });
const en = createI18n({ locale: 'en' });
const CJK = /[\u3400-\u9fff]/;

function broken(): Record<string, unknown> {
  const def = changeRequestFixture() as unknown as Record<string, unknown>;
  def.key = 'Bad Key!';
  def.catalog = [];
  def.colour = 'red';
  delete def.name;
  return def;
}

describe('validator findings in the reader language', () => {
  it('the ajv validator gives params, so its findings read in Chinese like the default one', () => {
    const ajv = validateDefinition(broken(), { validator: ajvFormValidator }).issues.filter((i) =>
      i.code.startsWith('SCHEMA_'),
    );
    const safe = validateDefinition(broken()).issues.filter((i) => i.code.startsWith('SCHEMA_'));
    expect(ajv.length).toBeGreaterThanOrEqual(4);
    for (const issue of ajv) {
      expect(issue.params?.keyword).toBeDefined();
      const text = zh.findingMessage(issue);
      expect(text).toMatch(CJK);
      expect(text).not.toMatch(/must|missing|unknown property|[{}]/);
    }
    expect(ajv.map((i) => zh.findingMessage(i))).toEqual(
      expect.arrayContaining([
        '流程缺少“name”。',
        '流程有未知属性“colour”；请删除它，或更正拼写。',
        '“catalog”不能为空。',
        // ajv's pattern error has no description of the id, so this one is shorter.
        '“key”格式不正确。',
      ]),
    );
    // The same findings, code for code and place for place, as the default validator.
    const at = (list: typeof ajv) => list.map((i) => `${i.code} ${i.path}`).sort();
    expect(at(ajv)).toEqual(at(safe));
  });

  it('a template value that does not fit its field says why in Chinese', () => {
    const def = changeRequestFixture();
    def.form.templates![0]!.values = { risk: 'extreme' };
    const issue = lintDefinition(def).find((i) => i.code === 'TEMPLATE_VALUE_INVALID')!;
    expect(issue.params).toMatchObject({ detailCode: 'SCHEMA_INVALID_VALUE', keyword: 'enum' });
    const text = zh.findingMessage(issue);
    expect(text).toBe(
      '模板“patch”为字段“risk”填写的值不被该字段接受：该值必须是以下值之一："low", "medium", "high"。',
    );
    expect(text).not.toMatch(/must|value/i);
    expect(en.findingMessage(issue)).toMatch(/: The value must be one of .*"low"/);
  });
});
