import { FormRenderer, useI18n } from '@deskkit/forms';
import type { FormDefinition } from '@deskkit/runtime';
import { useMemo } from 'react';
import { useDashboardContext } from './context';
import { configValidator } from './localizeConfig';

/** Props of {@link ConfigForm}. */
export interface ConfigFormProps {
  /** The `<form>` id, so the dialog's Save button submits it. */
  id: string;
  form: FormDefinition;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  /** Called with configuration that passed the form's validation. */
  onSubmit(value: Record<string, unknown>): void;
  theme?: 'light' | 'dark';
}

/**
 * A widget type's configuration form, rendered and validated by `@deskkit/forms`; a value outside
 * a field's options is reported with the options' labels in the desk's language.
 */
export function ConfigForm({ id, form, value, onChange, onSubmit, theme }: ConfigFormProps) {
  const { t } = useDashboardContext();
  const { locale } = useI18n();
  const validator = useMemo(() => configValidator(form, t, locale), [form, t, locale]);
  return (
    <FormRenderer
      id={id}
      form={form}
      validator={validator}
      value={value}
      onChange={(values) => onChange(values)}
      onSubmit={(values) => onSubmit(values)}
      hideSubmit
      theme={theme}
      className="dk-config-form"
    />
  );
}
