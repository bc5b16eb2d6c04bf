import type { Issue, IssueParams } from '../errors/errors';
import { escapePointer, pointerLabel } from '../form/messages';
import type { LocalizedText } from './definition.types';
import { firstText } from './localize';

/** Escapes one segment of a JSON pointer. */
export const esc = (segment: string | number): string => escapePointer(String(segment));

/** Builds a JSON pointer from segments. */
export const pointer = (...segments: Array<string | number>): string =>
  segments.map((s) => `/${esc(s)}`).join('');

/** Splits a JSON pointer into unescaped segments. */
export const segmentsOf = (path: string): string[] => path.split('/').slice(1).map(pointerLabel);

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The node or edge a path is about, for designers to select it. */
export function subjectIds(def: unknown, path: string): { nodeId?: string; edgeId?: string } {
  const [list, index] = segmentsOf(path);
  if (index === undefined || !/^\d+$/.test(index)) return {};
  const entry = asRecord(asList(asRecord(def)?.[list ?? ''])[Number(index)]);
  const id = typeof entry?.id === 'string' ? entry.id : undefined;
  if (id === undefined) return {};
  if (list === 'nodes') return { nodeId: id };
  if (list === 'edges') return { edgeId: id };
  return {};
}

const NOUNS: Record<string, string> = {
  node: 'node',
  edge: 'edge',
  sla: 'SLA policy',
  trigger: 'trigger',
  automation: 'automation',
};

/** `"approval.mode" of node "review"`, or `node "review"` when the path is the entity itself. */
export function describePath(def: unknown, path: string): string {
  const { ownerKind: kind, owner: id, ownerName: name, property } = whereParams(def, path);
  const label = (text: string) => (typeof id === 'number' ? `${text} ${id}` : `${text} "${id}"`);
  const owner =
    kind === 'rule'
      ? `form rule ${id}`
      : kind === 'template'
        ? label('template')
        : `${label(NOUNS[kind as string] ?? '')}${name !== undefined ? ` (${name})` : ''}`;
  if (kind === 'workflow') return property ? `"${property}"` : 'the workflow';
  return property ? `"${property}" of ${owner}` : owner;
}

const KINDS: Record<string, string> = {
  nodes: 'node',
  edges: 'edge',
  sla: 'sla',
  triggers: 'trigger',
  automations: 'automation',
};

const textOf = (value: unknown): string | undefined => {
  const text = value && typeof value === 'object' ? firstText(value as LocalizedText) : value;
  return typeof text === 'string' ? text : undefined;
};

/**
 * The data of a node a finding names, for its message: `node` (id), `nodeType`, and `nodeName`
 * when it says more than the id. `i18n.findingMessage` turns them into `{step}`.
 */
export function nodeParams(node: { id: string; type: string; raw: Loose }): IssueParams {
  const name = textOf(node.raw.name);
  return {
    node: node.id,
    nodeType: node.type,
    ...(name !== undefined && name !== node.id ? { nodeName: name } : {}),
  };
}

/**
 * {@link describePath} as data, for a message in any language: `ownerKind` (node, edge, sla,
 * trigger, automation, rule, template or workflow), `owner` (its id, or its number from 1),
 * `ownerType`/`ownerName` of a node or entity, and the dotted `property` inside it ('' for the
 * thing itself). `i18n.findingMessage` turns them into `{where}`.
 */
export function whereParams(def: unknown, path: string): IssueParams {
  const segments = segmentsOf(path);
  const [list, index, ...rest] = segments;
  const root = asRecord(def);
  const property = (parts: string[]): string =>
    parts.reduce(
      (acc, s, i) => (/^\d+$/.test(s) ? `${acc}[${s}]` : i === 0 ? s : `${acc}.${s}`),
      '',
    );
  if (list && index !== undefined && /^\d+$/.test(index) && KINDS[list]) {
    const entry = asRecord(asList(root?.[list])[Number(index)]);
    const id = typeof entry?.id === 'string' ? entry.id : undefined;
    const name = textOf(entry?.name);
    return {
      ownerKind: KINDS[list],
      owner: id ?? Number(index) + 1,
      ...(list === 'nodes' && typeof entry?.type === 'string' ? { ownerType: entry.type } : {}),
      ...(name !== undefined && name !== id ? { ownerName: name } : {}),
      property: property(rest),
    };
  }
  if (list === 'form' && index === 'rules' && rest[0] !== undefined) {
    return {
      ownerKind: 'rule',
      owner: String(Number(rest[0]) + 1),
      property: property(rest.slice(1)),
    };
  }
  if (list === 'form' && index === 'templates' && rest[0] !== undefined) {
    const entry = asRecord(asList(asRecord(root?.form)?.templates)[Number(rest[0])]);
    const id = typeof entry?.id === 'string' ? entry.id : Number(rest[0]) + 1;
    return { ownerKind: 'template', owner: id, property: property(rest.slice(1)) };
  }
  return { ownerKind: 'workflow', owner: '', property: property(segments) };
}

export const capitalize = (text: string): string =>
  text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;

/** What an issue is about besides its path: the node or edge to select, and its message's data. */
export interface IssueExtra {
  nodeId?: string;
  edgeId?: string;
  params?: IssueParams;
}

/** Creates issues with the node/edge ids filled in from the path (unless `extra` names them). */
export function issueFactory(def: unknown, severity: Issue['severity']) {
  return (path: string, code: string, message: string, extra?: IssueExtra) => {
    const derived =
      extra?.nodeId !== undefined || extra?.edgeId !== undefined ? extra : subjectIds(def, path);
    const issue: Issue = { path, code, severity, message };
    if (derived.nodeId !== undefined) issue.nodeId = derived.nodeId;
    if (derived.edgeId !== undefined) issue.edgeId = derived.edgeId;
    if (extra?.params) issue.params = extra.params;
    return issue;
  };
}

export { asList, asRecord };
export type { Loose };
