import type { FieldChoice } from '@deskkit/forms';

/**
 * The suggestion lists the inspector's inputs share (`list="dk<uid>-fields"` …): the form's
 * fields, the calendars, the on-call rotas and the host's automation handlers.
 */
export function DesignerDatalists(props: {
  listId: string;
  fields: readonly FieldChoice[];
  calendars: readonly string[];
  rotas?: readonly string[];
  handlers?: readonly string[];
}) {
  const { listId } = props;
  const plain = (suffix: string, values: readonly string[] = []) => (
    <datalist id={`${listId}-${suffix}`}>
      {values.map((c) => (
        <option key={c} value={c} />
      ))}
    </datalist>
  );
  return (
    <>
      <datalist id={`${listId}-fields`}>
        {props.fields.map((f) => (
          <option key={f.name} value={f.name}>
            {f.label}
          </option>
        ))}
      </datalist>
      {plain('calendars', props.calendars)}
      {plain('rotas', props.rotas)}
      {plain('handlers', props.handlers)}
    </>
  );
}
