import type { EdgeDefinition, EndNode, NodeDefinition } from '@deskkit/runtime';
import { useId, useMemo, useState } from 'react';
import { Icon } from '../canvas/icons';
import { connectionTargets, renameNode } from '../model/edits';
import { setEndStatus, setExhaustive, setStepAutomation, setStepProp } from '../model/stepEdits';
import { ApprovalEditor } from './ApprovalEditor';
import { AssignmentEditor } from './AssignmentEditor';
import { AutomationEditor } from './AutomationEditor';
import { CheckField, LocalizedField, SelectField, Section, TextField, written } from './controls';
import type { InspectorEnv } from './inspector.types';
import { ActionsEditor, OlaEditor, SubworkflowEditor, TimerEditor } from './StepEditors';

type EndStatus = NonNullable<EndNode['status']>;

export interface NodeInspectorProps {
  node: NodeDefinition;
  env: InspectorEnv;
  onConnect(from: string, to: string, outcome?: EdgeDefinition['outcome']): void;
  onDelete(): void;
  onSelectEdge(id: string): void;
  onSelectNode(id: string): void;
}

/** The "Connect to…" command: the keyboard way to draw an edge from this node. */
function ConnectTo({
  node,
  env,
  onConnect,
}: Pick<NodeInspectorProps, 'node' | 'env' | 'onConnect'>) {
  const { t, def, text } = env;
  const id = useId();
  const [target, setTarget] = useState('');
  const [outcome, setOutcome] = useState<'' | 'approved' | 'rejected'>('');
  // One pass over the graph, and once per definition: a node drag selects the node (mounting
  // this list) and re-renders the inspector on every frame.
  const candidates = useMemo(
    () => connectionTargets(def, node.id, outcome || undefined),
    [def, node.id, outcome],
  );
  if (node.type === 'end') return null;
  return (
    <div className="dk-connect">
      <label className="dk-label" htmlFor={id}>
        {t('inspector.connectTo')}
      </label>
      <div className="dk-flex-row">
        <select
          id={id}
          className="dk-select"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          <option value="">{t('inspector.none')}</option>
          {candidates.map((n) => (
            <option key={n.id} value={n.id}>
              {text(n.name) || n.id} ({t(`type.${n.type}`)})
            </option>
          ))}
        </select>
        {node.type === 'approval' && (
          <select
            className="dk-select"
            aria-label={t('inspector.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as typeof outcome)}
          >
            <option value="">{t('inspector.outcome.none')}</option>
            <option value="approved">{t('edge.approved')}</option>
            <option value="rejected">{t('edge.rejected')}</option>
          </select>
        )}
        <button
          type="button"
          className="dk-btn"
          disabled={!target}
          onClick={() => {
            onConnect(node.id, target, outcome || undefined);
            setTarget('');
          }}
        >
          {t('inspector.connect')}
        </button>
      </div>
    </div>
  );
}

/** Everything about one step: name, who works it, how it approves, what it runs, its connections. */
export function NodeInspector({
  node,
  env,
  onConnect,
  onDelete,
  onSelectEdge,
  onSelectNode,
}: NodeInspectorProps) {
  const { t, edit, def, text } = env;
  const [idDraft, setIdDraft] = useState<string | null>(null);
  const out = def.edges.filter((e) => e.from === node.id);
  const incoming = def.edges.filter((e) => e.to === node.id);
  const nameOf = (id: string) => {
    const n = def.nodes.find((x) => x.id === id);
    return text(n?.name) || id;
  };
  const idTaken =
    idDraft !== null && idDraft !== node.id && def.nodes.some((n) => n.id === idDraft);
  return (
    <div className="dk-inspector__body">
      <header className={`dk-inspector__head dk-inspector__head--${node.type}`}>
        <span className="dk-inspector__icon">
          <Icon name={node.type} />
        </span>
        <div>
          <div className="dk-inspector__type">{t(`type.${node.type}`)}</div>
          <h2 className="dk-inspector__title">{text(node.name) || node.id}</h2>
        </div>
      </header>
      <Section title={t('settings.general')}>
        <LocalizedField
          label={t('inspector.name')}
          value={node.name}
          def={def}
          onChange={(v) =>
            edit((d) => setStepProp(d, node.id, 'name', written(v)), `${node.id}:name`)
          }
        />
        <TextField
          label={t('inspector.id')}
          value={idDraft ?? node.id}
          code
          invalid={idTaken ? t('inspector.idTaken', { id: idDraft ?? '' }) : undefined}
          onChange={(v) => {
            setIdDraft(v);
            if (v && !def.nodes.some((n) => n.id === v)) {
              edit((d) => void renameNode(d, node.id, v), `${node.id}:rename`);
              setIdDraft(null);
            }
          }}
        />
        <LocalizedField
          label={t('inspector.description')}
          value={node.description}
          def={def}
          multiline
          onChange={(v) =>
            edit((d) => setStepProp(d, node.id, 'description', written(v)), `${node.id}:desc`)
          }
        />
        {(node.type === 'task' || node.type === 'approval') && (
          <CheckField
            label={t('inspector.customerFacing')}
            checked={!!node.customerFacing}
            onChange={(on) => edit((d) => setStepProp(d, node.id, 'customerFacing', on))}
          />
        )}
        {node.type === 'end' && (
          <SelectField<EndStatus>
            label={t('inspector.endStatus')}
            value={node.status ?? ''}
            options={[
              { value: '', label: 'resolved' },
              ...(['closed', 'rejected', 'cancelled'] as const).map((s) => ({
                value: s,
                label: s,
              })),
            ]}
            onChange={(v) => edit((d) => setEndStatus(d, node.id, v || undefined))}
          />
        )}
        {node.type === 'exclusive' && (
          <CheckField
            label={t('inspector.exhaustive')}
            checked={!!node.exhaustive}
            onChange={(on) => edit((d) => setExhaustive(d, node.id, on))}
          />
        )}
      </Section>
      {(node.type === 'task' || node.type === 'approval') && (
        <AssignmentEditor node={node} env={env} />
      )}
      {node.type === 'approval' && <ApprovalEditor node={node} env={env} />}
      {node.type === 'subworkflow' && <SubworkflowEditor node={node} env={env} />}
      {node.type === 'timer' && <TimerEditor node={node} env={env} />}
      {node.type === 'automation' && (
        <Section title={t('inspector.automation')}>
          <AutomationEditor
            value={node.automation?.actions ?? []}
            env={env}
            scope={`${node.id}:auto`}
            onChange={(actions, coalesce) =>
              edit((d) => setStepAutomation(d, node.id, actions), coalesce)
            }
          />
        </Section>
      )}
      {(node.type === 'task' || node.type === 'approval' || node.type === 'start') && (
        <ActionsEditor node={node} env={env} />
      )}
      {(node.type === 'task' || node.type === 'approval') && <OlaEditor node={node} env={env} />}
      <Section title={t('inspector.outgoing')}>
        <ul className="dk-linklist">
          {out.map((e) => (
            <li key={e.id}>
              <button type="button" className="dk-link" onClick={() => onSelectEdge(e.id)}>
                → {nameOf(e.to)}
                {e.outcome ? ` (${t(`edge.${e.outcome}`)})` : ''}
                {e.default ? ` (${t('edge.default')})` : ''}
              </button>
            </li>
          ))}
        </ul>
        <ConnectTo node={node} env={env} onConnect={onConnect} />
        {incoming.length > 0 && (
          <>
            <div className="dk-label">{t('inspector.incoming')}</div>
            <ul className="dk-linklist">
              {incoming.map((e) => (
                <li key={e.id}>
                  <button type="button" className="dk-link" onClick={() => onSelectNode(e.from)}>
                    ← {nameOf(e.from)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <p className="dk-hint">{t('inspector.fieldsLink')}</p>
      <button type="button" className="dk-btn dk-btn--danger" onClick={onDelete}>
        {t('inspector.deleteNode')}
      </button>
    </div>
  );
}
