import type { NodeDefinition, NodeType, Principal } from '@deskkit/runtime';
import type { Translator } from '../i18n/messages';

/** How a node type looks and what a new node of that type starts with. */
export interface NodeKind {
  type: NodeType;
  /** `card` for steps people or systems work, `diamond` for gateways, `circle` for start/end. */
  shape: 'card' | 'diamond' | 'circle';
  /** Size used for layout and before the node is measured. */
  width: number;
  height: number;
  /** A new node of this kind, with sensible defaults. */
  create(id: string, name: string): NodeDefinition;
}

const card = { shape: 'card' as const, width: 224, height: 76 };

/**
 * The built-in node kinds, registered the same way a host could replace one (pass `nodeKinds` to
 * the designer to override looks or defaults).
 */
export const defaultNodeKinds: Record<NodeType, NodeKind> = {
  start: {
    type: 'start',
    shape: 'circle',
    width: 56,
    height: 56,
    create: (id, name) => ({ id, type: 'start', name }),
  },
  end: {
    type: 'end',
    shape: 'circle',
    width: 56,
    height: 56,
    create: (id, name) => ({ id, type: 'end', name }),
  },
  task: {
    type: 'task',
    ...card,
    create: (id, name) => ({ id, type: 'task', name, assign: { strategy: 'claim', to: [] } }),
  },
  approval: {
    type: 'approval',
    ...card,
    create: (id, name) => ({
      id,
      type: 'approval',
      name,
      assign: { strategy: 'fixed', to: [] },
      approval: { mode: 'single', onReject: 'end' },
    }),
  },
  exclusive: {
    type: 'exclusive',
    shape: 'diamond',
    width: 64,
    height: 64,
    create: (id, name) => ({ id, type: 'exclusive', name }),
  },
  parallel: {
    type: 'parallel',
    shape: 'diamond',
    width: 64,
    height: 64,
    create: (id, name) => ({ id, type: 'parallel', name }),
  },
  subworkflow: {
    type: 'subworkflow',
    ...card,
    create: (id, name) => ({ id, type: 'subworkflow', name, subworkflow: { key: '' } }),
  },
  automation: {
    type: 'automation',
    ...card,
    create: (id, name) => ({ id, type: 'automation', name, automation: { actions: [] } }),
  },
  timer: {
    type: 'timer',
    ...card,
    create: (id, name) => ({ id, type: 'timer', name, timer: { duration: 'PT1H' } }),
  },
};

/** `group: cab` style text for a principal. */
export function principalText(p: Principal, t: Translator): string {
  if ('user' in p) return `${t('principal.user')}: ${p.user}`;
  if ('role' in p) return `${t('principal.role')}: ${p.role}`;
  if ('group' in p) return `${t('principal.group')}: ${p.group}`;
  return `${t('principal.department')}: ${p.department}`;
}

function who(to: Principal[] | undefined, t: Translator): string {
  if (!to || to.length === 0) return t('node.unassigned');
  const first = principalText(to[0]!, t);
  return to.length > 1 ? `${first} +${to.length - 1}` : first;
}

/**
 * The one-line summary a node shows under its name: who works it, how it approves, what it runs.
 * A step without `assign` says nothing of who works it: a definition served to someone who does
 * not design it leaves assignments out (lint still warns about a designed step without one).
 */
export function nodeSummary(node: NodeDefinition, t: Translator): string {
  switch (node.type) {
    case 'task':
    case 'approval': {
      const a = node.assign;
      let assignee = a ? t('node.unassigned') : '';
      if (a?.strategy === 'field') assignee = t('node.fromField', { field: a.field ?? '?' });
      else if (a?.strategy === 'onCall') assignee = t('node.onCall', { rota: a.rota ?? '?' });
      else if (a?.strategy === 'claim') assignee = t('node.claim', { who: who(a.to, t) });
      else if (a) assignee = who(a.to, t);
      if (node.type === 'task') return assignee;
      const mode = node.approval?.mode ?? 'single';
      let modeText = t(`mode.${mode}`);
      if (mode === 'quorum') {
        const q =
          node.approval.min ?? (node.approval.ratio ? `${node.approval.ratio * 100}%` : '?');
        modeText = `${modeText} ${q}`;
      }
      return assignee ? `${assignee} · ${modeText}` : modeText;
    }
    case 'subworkflow':
      return t('node.runs', { key: node.subworkflow?.key || '?' });
    case 'automation':
      return t('node.actionsCount', { count: node.automation?.actions?.length ?? 0 });
    case 'timer':
      return node.timer?.untilField
        ? t('node.waitUntil', { field: node.timer.untilField })
        : t('node.waitFor', { duration: node.timer?.duration ?? '?' });
    case 'end':
      return node.status ? t('node.status', { status: node.status }) : '';
    default:
      return '';
  }
}
