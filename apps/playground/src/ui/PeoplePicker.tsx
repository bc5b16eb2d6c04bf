import { useState } from 'react';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { initials } from './initials';
import { UserSelect } from './UserSelect';
import './lifecycle.css';

/** Several people from the directory, as removable chips (e.g. who to CC on a request). */
export function PeoplePicker(props: {
  label: string;
  value: readonly string[];
  onChange(ids: string[]): void;
  /** People not offered (e.g. the signed-in user). */
  exclude?: readonly string[];
}) {
  const { nameOf } = useDesk();
  const [next, setNext] = useState('');
  return (
    <div className="pg-people-picker" role="group" aria-label={props.label}>
      {props.value.length ? (
        <ul className="pg-chips" aria-label={t('{label}: chosen', { label: props.label })}>
          {props.value.map((id) => (
            <li key={id} className="pg-person-chip">
              <span className="pg-avatar pg-avatar-xs" aria-hidden="true">
                {initials(nameOf(id))}
              </span>
              {nameOf(id)}
              <button
                type="button"
                aria-label={t('Remove {name}', { name: nameOf(id) })}
                onClick={() => props.onChange(props.value.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <UserSelect
        label={t('Add a person to {label}', { label: props.label })}
        showLabel={false}
        placeholder={t('Add a person…')}
        value={next}
        exclude={[...(props.exclude ?? []), ...props.value]}
        onChange={(id) => {
          if (id) props.onChange([...props.value, id]);
          setNext('');
        }}
      />
    </div>
  );
}
