import type { ReactElement } from 'react';
import { LocalizedTextInput } from '../../localized/LocalizedTextInput';
import { type LayoutNodeChange, setLayoutNode } from '../commands';
import { useBuilder } from '../context';
import type { LayoutNode } from '../layout';
import { Check, SelectRow, SPANS } from './controls';

/** The properties of a layout item: a group's or tab's title, a row's columns, a text's content. */
export function LayoutSection({
  node,
}: {
  node: Exclude<LayoutNode, { type: 'field' }>;
}): ReactElement {
  const { t, editForm, locales } = useBuilder();
  const set = (change: LayoutNodeChange, key?: string): void =>
    editForm((f) => setLayoutNode(f, node.id, change), key);
  return (
    <>
      {(node.type === 'group' || node.type === 'tab') && (
        <LocalizedTextInput
          label={t('builder.titleField')}
          value={node.title}
          locales={locales}
          onChange={(title) => set({ title }, `title:${node.id}`)}
        />
      )}
      {node.type === 'group' && (
        <>
          <Check
            label={t('builder.collapsible')}
            checked={Boolean(node.collapsible)}
            onChange={(collapsible) => set({ collapsible })}
          />
          {node.collapsible && (
            <Check
              label={t('builder.collapsed')}
              checked={Boolean(node.collapsed)}
              onChange={(collapsed) => set({ collapsed })}
            />
          )}
        </>
      )}
      {node.type === 'row' && (
        <SelectRow
          label={t('builder.columns')}
          value={String(node.columns ?? Math.max(1, Math.min(4, node.children.length)))}
          options={SPANS}
          onChange={(v) => set({ columns: Number(v) as 1 | 2 | 3 | 4 })}
        />
      )}
      {node.type === 'text' && (
        <LocalizedTextInput
          label={t('builder.content')}
          value={node.content}
          locales={locales}
          multiline
          onChange={(content) => set({ content }, `content:${node.id}`)}
        />
      )}
    </>
  );
}
