import type {
  DeskClient,
  LocalizedDefinition,
  LocalizedText,
  NodeDefinition,
  WorkflowDefinition,
} from '@deskkit/runtime';
import { shownText } from '../../locale/text';

/** A workflow's latest published version, as the admin screens edit it. */
export interface LatestDefinition {
  key: string;
  version: number;
  definition: LocalizedDefinition;
}

/**
 * The latest version of every published workflow this user may publish (the runtime decides who
 * may: `PermissionError` for anyone else), read through the client.
 */
export async function latestDefinitions(client: DeskClient): Promise<LatestDefinition[]> {
  const listed = await client.studioWorkflows();
  return Promise.all(
    listed.flatMap(({ key, latest }) =>
      latest
        ? [
            client
              .getDefinition(key, latest.version)
              .then((definition) => ({ key, version: latest.version, definition })),
          ]
        : [],
    ),
  );
}

/**
 * The steps of `from` that `to` has no step of the same id for, each with the steps of `to` of the
 * same type a ticket waiting there may move to (what the migration screen asks to map).
 */
export function unmappedSteps(
  from: LocalizedDefinition,
  to: LocalizedDefinition,
): Array<{ node: NodeDefinition<LocalizedText>; choices: NodeDefinition<LocalizedText>[] }> {
  const ids = new Set(to.nodes.map((n) => n.id));
  return from.nodes
    .filter((n) => !ids.has(n.id) && n.type !== 'start' && n.type !== 'end')
    .map((node) => ({ node, choices: to.nodes.filter((n) => n.type === node.type) }));
}

/** Whether two definitions are the same JSON (what "unsaved changes" compares). */
/**
 * A definition as written, for the designer, which is typed over plain texts: a text written per
 * locale reaches it as its map, and the designer shows the variant of the desk's language.
 */
export const forDesigner = (def: LocalizedDefinition): WorkflowDefinition =>
  def as WorkflowDefinition;

/** A step's name in the desk's language, else its id. */
export const stepName = (node: NodeDefinition<LocalizedText>, def?: LocalizedDefinition): string =>
  node.name === undefined ? node.id : shownText(node.name, def);

export const sameDefinition = (a: LocalizedDefinition, b: LocalizedDefinition): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** A new workflow: one task for the service desk between start and end, a one-field form. */
export function blankWorkflow(key: string, name: string): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key,
    name,
    catalog: ['New services'],
    title: 'summary',
    permissions: { start: [{ role: 'employee' }] },
    form: {
      schema: {
        type: 'object',
        required: ['summary'],
        properties: { summary: { type: 'string', title: 'Summary' } },
      },
      ui: { fields: { summary: { widget: 'text' } } },
    },
    nodes: [
      { id: 'start', type: 'start', name: 'Request', position: { x: 0, y: 10 } },
      {
        id: 'handle',
        type: 'task',
        name: 'Handle',
        position: { x: 280, y: 0 },
        assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
        actions: ['claim', 'release', 'submit', 'comment'],
      },
      { id: 'end', type: 'end', name: 'Done', position: { x: 584, y: 10 } },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'handle' },
      { id: 'e2', from: 'handle', to: 'end' },
    ],
  };
}
