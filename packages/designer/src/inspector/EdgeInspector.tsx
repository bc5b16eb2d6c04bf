import type { EdgeDefinition } from '@deskkit/runtime';
import { ExpressionInput } from '@deskkit/forms';
import { CheckField, LocalizedField, SelectField, Section, written } from './controls';
import type { InspectorEnv } from './inspector.types';
import { setDefaultEdge, setEdgeEnd, setEdgeProp } from '../model/stepEdits';

type Outcome = NonNullable<EdgeDefinition['outcome']>;

/**
 * One connection: where it goes, its label, and — leaving a decision — its jsonata condition and
 * whether it is the default branch; leaving an approval, its outcome.
 */
export function EdgeInspector(props: {
  edge: EdgeDefinition;
  env: InspectorEnv;
  onDelete(): void;
}) {
  const { edge, env, onDelete } = props;
  const { t, edit, def, text } = env;
  const from = def.nodes.find((n) => n.id === edge.from);
  const nodeOptions = (exclude: 'start' | 'end') =>
    def.nodes
      .filter((n) => n.type !== exclude)
      .map((n) => ({ value: n.id, label: text(n.name) || n.id }));
  return (
    <div className="dk-inspector__body">
      <header className="dk-inspector__head">
        <div>
          <div className="dk-inspector__type">{t('inspector.edge')}</div>
          <h2 className="dk-inspector__title">{edge.id}</h2>
        </div>
      </header>
      <Section title={t('settings.general')}>
        <div className="dk-flex-row">
          <SelectField<string>
            label={t('inspector.from')}
            value={edge.from}
            options={nodeOptions('end')}
            onChange={(v) => edit((d) => setEdgeEnd(d, edge.id, 'from', v))}
          />
          <SelectField<string>
            label={t('inspector.to')}
            value={edge.to}
            options={nodeOptions('start')}
            onChange={(v) => edit((d) => setEdgeEnd(d, edge.id, 'to', v))}
          />
        </div>
        <LocalizedField
          label={t('inspector.label')}
          value={edge.label}
          def={def}
          onChange={(v) =>
            edit((d) => setEdgeProp(d, edge.id, 'label', written(v)), `${edge.id}:label`)
          }
        />
        {from?.type === 'approval' && (
          <SelectField<Outcome>
            label={t('inspector.outcome')}
            value={edge.outcome ?? ''}
            options={[
              { value: '', label: t('inspector.outcome.none') },
              { value: 'approved', label: t('edge.approved') },
              { value: 'rejected', label: t('edge.rejected') },
            ]}
            onChange={(v) => edit((d) => setEdgeProp(d, edge.id, 'outcome', v || undefined))}
          />
        )}
        {from?.type === 'exclusive' && (
          <>
            <ExpressionInput
              condition
              label={t('inspector.condition')}
              value={edge.when ?? ''}
              fields={env.fields}
              t={t}
              placeholder="priority = 'high'"
              onChange={(v) => edit((d) => setEdgeProp(d, edge.id, 'when', v), `${edge.id}:when`)}
            />
            <CheckField
              label={t('inspector.defaultEdge')}
              checked={!!edge.default}
              onChange={(on) => edit((d) => setDefaultEdge(d, edge.id, on))}
            />
          </>
        )}
      </Section>
      <button type="button" className="dk-btn dk-btn--danger" onClick={onDelete}>
        {t('inspector.deleteEdge')}
      </button>
    </div>
  );
}
