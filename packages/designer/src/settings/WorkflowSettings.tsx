import type { FormTemplate } from '@deskkit/runtime';
import { useState } from 'react';
import { ExpressionInput } from '@deskkit/forms';
import { LocalizedField, Section, TextField, written } from '../inspector/controls';
import { LocalesField } from './LocalesField';
import type { InspectorEnv } from '../inspector/inspector.types';
import {
  addTemplate,
  CATALOG_LEVELS,
  removeTemplate,
  setCatalogLevel,
  setTemplateProp,
  setWorkflowProp,
} from '../model/settingsEdits';
import { AutomationSettings } from './AutomationSettings';
import { PermissionsSettings } from './PermissionsSettings';
import { SlaEditor } from './SlaEditor';

function TemplateValues({
  template,
  index,
  env,
}: {
  template: FormTemplate;
  index: number;
  env: InspectorEnv;
}) {
  const [text, setText] = useState(() => JSON.stringify(template.values, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <TextField
      label={env.t('settings.templateValues')}
      value={text}
      multiline
      code
      invalid={error ?? undefined}
      onChange={(v) => {
        setText(v);
        try {
          const parsed: unknown = JSON.parse(v);
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new Error('not an object');
          }
          setError(null);
          env.edit(
            (d) => setTemplateProp(d, index, 'values', parsed as Record<string, unknown>),
            `tpl:${index}:values`,
          );
        } catch (e) {
          setError(
            env.t('settings.templateValuesError', {
              error: e instanceof Error ? e.message : String(e),
            }),
          );
        }
      }}
    />
  );
}

/**
 * Workflow-level settings: name, key, catalog path (up to five levels), who may start it, SLA
 * policies and the form's templates.
 */
export function WorkflowSettings({ env }: { env: InspectorEnv }) {
  const { t, edit, def } = env;
  const catalog = def.catalog ?? [];
  const templates = def.form.templates ?? [];
  return (
    <div className="dk-settings">
      <Section title={t('settings.general')}>
        <LocalesField env={env} />
        <LocalizedField
          label={t('settings.name')}
          value={def.name}
          def={def}
          onChange={(v) => edit((d) => setWorkflowProp(d, 'name', written(v)), 'wf:name')}
        />
        <div className="dk-flex-row">
          <TextField
            label={t('settings.key')}
            value={def.key}
            code
            hint={t('settings.keyHint')}
            onChange={(v) => edit((d) => setWorkflowProp(d, 'key', v), 'wf:key')}
          />
          <TextField
            label={t('settings.numberPrefix')}
            value={def.numberPrefix ?? ''}
            code
            onChange={(v) => edit((d) => setWorkflowProp(d, 'numberPrefix', v), 'wf:prefix')}
          />
        </div>
        <LocalizedField
          label={t('settings.description')}
          value={def.description}
          def={def}
          multiline
          onChange={(v) => edit((d) => setWorkflowProp(d, 'description', written(v)), 'wf:desc')}
        />
        <ExpressionInput
          label={t('settings.title')}
          value={def.title ?? ''}
          fields={env.fields}
          t={t}
          placeholder={"summary & ' – ' & service"}
          onChange={(v) => edit((d) => setWorkflowProp(d, 'title', v), 'wf:title')}
        />
      </Section>
      <Section title={t('settings.catalog')}>
        <p className="dk-hint">{t('settings.catalogHint')}</p>
        <div className="dk-catalog">
          {Array.from({ length: Math.min(CATALOG_LEVELS, catalog.length + 1) }, (_, level) => (
            <LocalizedField
              key={level}
              label={t('settings.catalogLevel', { level: level + 1 })}
              value={catalog[level]}
              def={def}
              onChange={(v) =>
                edit((d) => setCatalogLevel(d, level, written(v)), `wf:catalog:${level}`)
              }
            />
          ))}
        </div>
      </Section>
      <PermissionsSettings env={env} />
      <Section title={t('settings.sla')}>
        <SlaEditor env={env} />
      </Section>
      <AutomationSettings env={env} />
      <Section title={t('settings.templates')}>
        {templates.length === 0 && <p className="dk-muted">{t('settings.noTemplates')}</p>}
        {templates.map((tpl, i) => (
          <div key={tpl.id} className="dk-card">
            <div className="dk-flex-row">
              <LocalizedField
                label={t('settings.templateName')}
                value={tpl.name}
                def={def}
                onChange={(v) =>
                  edit((d) => setTemplateProp(d, i, 'name', written(v) ?? ''), `tpl:${i}:name`)
                }
              />
              <button
                type="button"
                className="dk-btn dk-btn--ghost dk-btn--danger-text"
                onClick={() => edit((d) => removeTemplate(d, i))}
              >
                {t('inspector.remove')}
              </button>
            </div>
            <TemplateValues template={tpl} index={i} env={env} />
          </div>
        ))}
        <button type="button" className="dk-btn" onClick={() => edit((d) => void addTemplate(d))}>
          {t('settings.addTemplate')}
        </button>
      </Section>
    </div>
  );
}
