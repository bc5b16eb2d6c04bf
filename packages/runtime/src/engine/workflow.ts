import type {
  EdgeDefinition,
  NodeDefinition,
  WorkflowDefinition,
} from '../definition/definition.types';
import { DefinitionError } from '../errors/errors';
import type { FormEvaluator } from '../form/form.types';
import type { DefinitionRecord } from '../storage/storage.types';

/**
 * A published definition version prepared for execution once: nodes and edges indexed, and a slot
 * for per-node form evaluators. Definitions are immutable, so the runtime caches these per
 * `key@version` and never re-validates or re-compiles per action.
 */
export class CompiledWorkflow {
  readonly def: WorkflowDefinition;
  readonly record: DefinitionRecord;
  readonly nodes = new Map<string, NodeDefinition>();
  readonly nodeIndex = new Map<string, number>();
  readonly outgoing = new Map<string, EdgeDefinition[]>();
  readonly incoming = new Map<string, EdgeDefinition[]>();
  readonly start: NodeDefinition;
  /** Form evaluators without per-call bindings, per node (valid when no rule reads `$`-variables). */
  readonly evaluators = new Map<string, FormEvaluator>();
  /** Whether any form rule reads `$ticket`, `$actor` or `$now` (then evaluators are built per call). */
  readonly rulesUseBindings: boolean;

  constructor(record: DefinitionRecord) {
    this.record = record;
    this.def = record.definition;
    this.def.nodes.forEach((n, i) => {
      this.nodes.set(n.id, n);
      this.nodeIndex.set(n.id, i);
      this.outgoing.set(n.id, []);
      this.incoming.set(n.id, []);
    });
    for (const e of this.def.edges) {
      this.outgoing.get(e.from)?.push(e);
      this.incoming.get(e.to)?.push(e);
    }
    const start = this.def.nodes.find((n) => n.type === 'start');
    if (!start) {
      throw new DefinitionError(`Workflow "${this.def.key}" has no start node.`, [
        { path: '/nodes', code: 'NO_START', severity: 'error', message: 'Add a start node.' },
      ]);
    }
    this.start = start;
    this.rulesUseBindings = (this.def.form.rules ?? []).some((r) =>
      [r.visible, r.required, r.readonly, r.value].some(
        (x) => typeof x === 'string' && /\$(ticket|actor|now|millis)\b/.test(x),
      ),
    );
  }

  get key(): string {
    return this.def.key;
  }
  get version(): number {
    return this.record.version;
  }

  /** The node, or a DefinitionError naming the workflow and the missing id. */
  node(id: string): NodeDefinition {
    const n = this.nodes.get(id);
    if (!n) {
      throw new DefinitionError(
        `Workflow "${this.key}" version ${this.version} has no node "${id}".`,
        [{ path: '/nodes', code: 'UNKNOWN_NODE', severity: 'error', message: `No node "${id}".` }],
      );
    }
    return n;
  }

  /** A JSON pointer to a node, for issues. */
  pointer(id: string): string {
    return `/nodes/${this.nodeIndex.get(id) ?? '-'}`;
  }

  label(id: string): string {
    const n = this.nodes.get(id);
    return n?.name ? `"${n.name}" (${id})` : `"${id}"`;
  }
}
