import { FormRenderer } from '@deskkit/forms';
import type { Issue, TicketView } from '@deskkit/runtime';
import { useDesk } from '../desk/DeskContext';
import { useFormServices } from './formServices';

/** The ticket's form as this user may see and edit it now (`runtime.viewTicket`). */
export function TicketFormArea(props: {
  view: TicketView;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  errors?: Issue[];
}) {
  const { user } = useDesk();
  const services = useFormServices();
  const { view } = props;
  const editable = Object.values(view.form.permissions).some(
    (p) => p === 'edit' || p === 'required',
  );
  return (
    <FormRenderer
      view={view}
      value={props.value}
      onChange={(values) => props.onChange(values)}
      readOnly={!editable}
      hideSubmit
      templates={[]}
      {...(props.errors ? { errors: props.errors } : {})}
      bindings={{ ...view.bindings, actor: { id: user.id }, ticket: view.ticket }}
      directory={services.directory}
      dataSources={services.dataSources}
      upload={services.upload}
    />
  );
}
