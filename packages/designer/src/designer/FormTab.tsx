import type { InspectorEnv } from '../inspector/inspector.types';
import type { FormBuilderLikeProps } from './designer.types';
import type { ComponentType } from 'react';

/** The Form tab: the form builder on the same definition's `form`, so one undo history covers both. */
export function FormTab({
  env,
  builder: Builder,
}: {
  env: InspectorEnv;
  builder?: ComponentType<FormBuilderLikeProps>;
}) {
  if (!Builder) return <p className="dk-empty">{env.t('form.missing')}</p>;
  return (
    <div className="dk-formtab">
      <Builder
        value={env.def.form}
        onChange={(form) =>
          env.edit((d) => {
            d.form = form;
          }, 'form')
        }
      />
    </div>
  );
}
