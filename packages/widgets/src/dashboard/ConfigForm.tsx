import { FormRenderer } from '@deskkit/forms';
import type { FormDefinition } from '@deskkit/runtime';

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

/** A widget type's configuration form, rendered and validated by `@deskkit/forms`. */
export function ConfigForm({ id, form, value, onChange, onSubmit, theme }: ConfigFormProps) {
  return (
    <FormRenderer
      id={id}
      form={form}
      value={value}
      onChange={(values) => onChange(values)}
      onSubmit={(values) => onSubmit(values)}
      hideSubmit
      theme={theme}
      className="dk-config-form"
    />
  );
}
