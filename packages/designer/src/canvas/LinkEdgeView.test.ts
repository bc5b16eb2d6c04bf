import { showText } from '@deskkit/forms';
import type { EdgeDefinition } from '@deskkit/runtime';
import { createTranslator } from '../i18n/messages';
import { edgeCaption } from './LinkEdgeView';

// jsdom does not lay out the handles xyflow draws edges between: the chip's text is checked here,
// the chip itself in the stories' browser run.
describe('edge caption', () => {
  const edge = {
    id: 'e2',
    from: 'approve',
    to: 'done',
    outcome: 'approved',
    label: { en: 'Go ahead', 'zh-CN': '同意采购' },
  } as unknown as EdgeDefinition;

  it('shows the label variant of the UI locale, else the definition default', () => {
    expect(edgeCaption(edge, createTranslator(), showText('zh-CN', ['en', 'zh-CN']))).toBe(
      '同意采购',
    );
    expect(edgeCaption(edge, createTranslator(), showText('en', ['en', 'zh-CN']))).toBe('Go ahead');
    expect(edgeCaption(edge, createTranslator(), showText('fr', ['en', 'zh-CN']))).toBe('Go ahead');
  });

  it('keeps a plain label, and falls back to the outcome without one', () => {
    const t = createTranslator();
    const show = showText('zh-CN');
    expect(edgeCaption({ ...edge, label: 'OK', default: true }, t, show)).toBe(
      `OK (${t('edge.default')})`,
    );
    const { label: _label, ...bare } = edge;
    expect(edgeCaption(bare, t, show)).toBe(t('edge.approved'));
  });
});
