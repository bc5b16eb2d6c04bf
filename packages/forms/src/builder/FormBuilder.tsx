import type { LocalizedText } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { useMemo, useState } from 'react';
import { useFormsTranslator } from '../i18n/I18nProvider';
import { useText } from '../i18n/useText';
import { FIELD_TYPES } from '../model/fieldTypes';
import type { FieldTypeDefinition } from '../model/fieldTypes';
import { BuilderToolbar, type BuilderView } from './BuilderToolbar';
import { onBuilderKey } from './builderKeys';
import { previewServices, stepsOfNodes } from './builderSteps';
import { DesignSurface } from './Canvas';
import { BuilderContext } from './context';
import type { FormBuilderProps } from './FormBuilder.types';
import { Inspector } from './Inspector/Inspector';
import { JsonView, Preview, TemplatesManager } from './Panels';
import type { BuilderStep } from './Panels';
import { useBuilderApi } from './useBuilderApi';
import { useBuilderDocument } from './useBuilderDocument';

/**
 * The drag-and-drop form builder: a palette of every field type, a canvas of tabs, groups, rows
 * and fields (sortable with pointer and keyboard), a property inspector with a rules editor,
 * templates, a live preview as any step, a JSON view, and undo/redo of every edit.
 *
 * @example
 * ```tsx
 * import { FormBuilder } from '@deskkit/forms';
 * import '@deskkit/forms/style.css';
 *
 * const [form, setForm] = useState(definition.form);
 * <FormBuilder value={form} onChange={setForm} />
 * ```
 */
export function FormBuilder<T extends LocalizedText = LocalizedText>(
  props: FormBuilderProps<T>,
): ReactElement {
  const { definition, translate, messages } = props;
  const t = useFormsTranslator(translate, messages);
  const { doc, apply, history } = useBuilderDocument(props);
  const [selected, select] = useState<string | undefined>();
  const [view, setView] = useState<BuilderView>(props.initialView ?? 'design');
  const [announcement, setAnnouncement] = useState('');
  const text = useText(definition?.locales);
  const fieldTypes = useMemo<FieldTypeDefinition[]>(
    () => [...FIELD_TYPES, ...(props.fieldTypes ?? [])],
    [props.fieldTypes],
  );
  const sources = useMemo(
    () => props.sources ?? Object.keys(props.dataSources ?? {}),
    [props.sources, props.dataSources],
  );
  const api = useBuilderApi({
    doc,
    apply,
    locales: definition?.locales,
    text,
    t,
    selected,
    select,
    fieldTypes,
    sources,
    announce: setAnnouncement,
  });

  const undo = (): void => {
    history.undo();
    setAnnouncement(t('builder.announce.undo'));
  };
  const redo = (): void => {
    history.redo();
    setAnnouncement(t('builder.announce.redo'));
  };
  const steps: BuilderStep[] = useMemo(
    () => props.steps ?? stepsOfNodes(definition?.nodes ?? [], text),
    [props.steps, definition, text],
  );
  const services = previewServices(props);
  const classes = ['dk-form-builder'];
  if (props.theme === 'dark') classes.push('dk-dark');
  if (props.className) classes.push(props.className);

  return (
    <BuilderContext.Provider value={api}>
      {/* The editors' one keyboard map (keymap.ts); each shortcut also has a button. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={classes.join(' ')}
        onKeyDown={(e) => onBuilderKey(e, { view, api, undo, redo })}
      >
        <BuilderToolbar
          t={t}
          view={view}
          onView={setView}
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onUndo={undo}
          onRedo={redo}
        />
        {view === 'design' && <DesignSurface inspector={<Inspector />} />}
        {view === 'preview' && (
          <Preview steps={steps} {...(definition ? { definition } : {})} services={services} />
        )}
        {view === 'templates' && <TemplatesManager services={services} />}
        {view === 'json' && <JsonView />}
        <div className="dk-visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
      </div>
    </BuilderContext.Provider>
  );
}
