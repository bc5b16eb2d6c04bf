import type { ApprovalConfig, ApprovalMode, ApprovalNode } from '@deskkit/runtime';
import {
  setAllowRequester,
  setApprovalMode,
  setApprovalProp,
  setOnReject,
} from '../model/stepEdits';
import { CheckField, NumberField, SelectField, Section } from './controls';
import { PrincipalPicker } from './PrincipalPicker';
import type { InspectorEnv } from './inspector.types';

const MODES: ApprovalMode[] = ['single', 'all', 'any', 'sequential', 'quorum'];
type OnReject = NonNullable<ApprovalConfig['onReject']>;
const ON_REJECT: OnReject[] = ['end', 'requester', 'previous', 'node'];

/**
 * Approval mode, quorum, what a rejection does, and separation of duties: whether the requester may
 * approve (`allowRequester`) and who approves when they were the only candidate (`approval.fallback`).
 */
export function ApprovalEditor({ node, env }: { node: ApprovalNode; env: InspectorEnv }) {
  const { t, edit, def, text } = env;
  const cfg = node.approval ?? { mode: 'single' };
  return (
    <Section title={t('inspector.approval')}>
      <SelectField<ApprovalMode>
        label={t('inspector.mode')}
        value={cfg.mode}
        options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        onChange={(v) => edit((d) => setApprovalMode(d, node.id, v || undefined))}
      />
      {cfg.mode === 'quorum' && (
        <div className="dk-flex-row">
          <NumberField
            label={t('inspector.quorumMin')}
            value={cfg.min}
            min={1}
            step={1}
            onChange={(v) => edit((d) => setApprovalProp(d, node.id, 'min', v))}
          />
          <NumberField
            label={t('inspector.quorumRatio')}
            value={cfg.ratio}
            min={0}
            max={1}
            step={0.05}
            onChange={(v) => edit((d) => setApprovalProp(d, node.id, 'ratio', v))}
          />
        </div>
      )}
      <SelectField<OnReject>
        label={t('inspector.onReject')}
        value={cfg.onReject ?? 'end'}
        options={ON_REJECT.map((o) => ({ value: o, label: t(`inspector.onReject.${o}`) }))}
        onChange={(v) => edit((d) => setOnReject(d, node.id, v || undefined))}
      />
      {cfg.onReject === 'node' && (
        <SelectField<string>
          label={t('inspector.rejectTo')}
          value={cfg.rejectTo ?? ''}
          options={[
            { value: '', label: t('inspector.none') },
            ...def.nodes
              .filter((n) => n.id !== node.id && n.type !== 'end')
              .map((n) => ({ value: n.id, label: text(n.name) || n.id })),
          ]}
          onChange={(v) => edit((d) => setApprovalProp(d, node.id, 'rejectTo', v))}
        />
      )}
      <CheckField
        label={t('inspector.allowRequester')}
        checked={node.allowRequester === true}
        onChange={(on) => edit((d) => setAllowRequester(d, node.id, on))}
      />
      {!node.allowRequester && (
        <PrincipalPicker
          label={t('inspector.approvalFallback')}
          value={cfg.fallback ?? []}
          directory={env.directory}
          t={t}
          onChange={(to) => edit((d) => setApprovalProp(d, node.id, 'fallback', to))}
        />
      )}
    </Section>
  );
}
