import { FormRenderer } from '@deskkit/forms';
import { fieldPermissionsAt, requesterProfileOf, type WorkflowDefinition } from '@deskkit/runtime';
import { useMemo } from 'react';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { useFormServices } from './formServices';

/** The request form at the workflow's start step, with the start step's field permissions. */
export function RequestFormArea(props: {
  definition: WorkflowDefinition;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  onSubmit(value: Record<string, unknown>): Promise<void>;
  busy: boolean;
}) {
  const { user } = useDesk();
  const services = useFormServices();
  const { definition } = props;
  const permissions = useMemo(() => {
    const start = definition.nodes.find((n) => n.type === 'start');
    return start ? fieldPermissionsAt(definition, start.id) : undefined;
  }, [definition]);
  return (
    <FormRenderer
      form={definition.form}
      {...(permissions ? { permissions } : {})}
      defaultValue={props.value}
      onChange={(values) => props.onChange(values)}
      onSubmit={props.onSubmit}
      templates={[]}
      // The signed-in user raises it: rules that read `$requester` see their own profile.
      bindings={{ actor: { id: user.id }, requester: requesterProfileOf(user.id, user) }}
      directory={services.directory}
      dataSources={services.dataSources}
      upload={services.upload}
      submitLabel={props.busy ? t('Sending…') : t('Submit request')}
    />
  );
}
