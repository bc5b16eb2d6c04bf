import type { LocalizedText, NodeDefinition } from '@deskkit/runtime';
import type { ShowText } from '../i18n/useText';
import { previewServices, stepsOfNodes } from './builderSteps';

const text = ((x: LocalizedText | undefined) =>
  x === undefined ? undefined : typeof x === 'string' ? x : x['en']) as ShowText;

const nodes: Array<NodeDefinition<LocalizedText>> = [
  { id: 'start', type: 'start', name: { en: 'Raise', 'zh-CN': '提交' } },
  { id: 'triage', type: 'task', fields: { cost: 'edit' } },
  { id: 'gate', type: 'exclusive', name: 'Costly?' },
  {
    id: 'cab',
    type: 'approval',
    name: 'CAB review',
    approval: { mode: 'all' },
    fields: { cost: 'read' },
  },
  { id: 'done', type: 'end' },
];

describe('the builder preview’s steps and services', () => {
  it('offers the steps a person works at, named in the UI language, with their permissions', () => {
    expect(stepsOfNodes(nodes, text)).toEqual([
      { id: 'start', name: 'Raise', type: 'start' },
      { id: 'triage', name: 'triage', type: 'task', fields: { cost: 'edit' } },
      { id: 'cab', name: 'CAB review', type: 'approval', fields: { cost: 'read' } },
    ]);
    expect(stepsOfNodes([], text)).toEqual([]);
  });

  it('hands the preview only the services the host gave', () => {
    const upload = async () => ({ id: 'a1', name: 'plan.pdf' });
    expect(previewServices({})).toEqual({});
    expect(previewServices({ upload, messages: { 'builder.undo': 'Back' } })).toEqual({
      upload,
      messages: { 'builder.undo': 'Back' },
    });
  });
});
