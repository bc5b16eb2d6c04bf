import type { FormDefinition } from '@deskkit/runtime';
import { useDashboardContext } from './context';

/** Props of {@link ConfigForm}. */
export interface ConfigFormProps {
  form: FormDefinition;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
}

/** A widget type's configuration form, rendered by `@deskkit/forms`. */
export function ConfigForm(_props: ConfigFormProps) {
  const { t } = useDashboardContext();
  // FormRenderer from @deskkit/forms is not published yet; the form lands here once it is.
  return <p className="dk-dialog__note">{t('config.noForm')}</p>;
}
