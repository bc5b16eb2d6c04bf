import { useDesk } from '../desk/DeskContext';

/**
 * A `<select>` of the people in the directory. With `showLabel` (default) it sits in a labelled
 * `.pg-field`; without, the label is its accessible name only (for inline toolbars).
 */
export function UserSelect(props: {
  label: string;
  value: string;
  onChange(id: string): void;
  /** The first option, meaning "nobody chosen" (value `''`). */
  placeholder: string;
  /** People not offered (e.g. the current user when handing work over). */
  exclude?: readonly string[];
  showLabel?: boolean;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { organisation } = useDesk();
  const select = (
    <select
      className="pg-input"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      {...(props.showLabel === false ? { 'aria-label': props.label } : {})}
      {...(props.invalid ? { 'aria-invalid': true } : {})}
      {...(props.describedBy ? { 'aria-describedby': props.describedBy } : {})}
    >
      <option value="">{props.placeholder}</option>
      {organisation.users
        .filter((u) => !props.exclude?.includes(u.id))
        .map((u) => (
          <option key={u.id} value={u.id}>
            {u.name ?? u.id}
          </option>
        ))}
    </select>
  );
  if (props.showLabel === false) return select;
  return (
    <label className="pg-field">
      <span>{props.label}</span>
      {select}
    </label>
  );
}
