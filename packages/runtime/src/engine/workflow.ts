import type {
  EdgeDefinition,
  LocalizedText,
  NodeDefinition,
  WorkflowDefinition,
} from '../definition/definition.types';
import { reach } from '../definition/graph';
import { defaultText } from '../definition/localize';
import { DefinitionError } from '../errors/errors';
import type { FormEvaluator } from '../form/form.types';
import type { DefinitionRecord } from '../storage/storage.types';
import { requesterReadsOf, type RequesterReads } from './requesterReads';

/** A parallel split, its join and the nodes of each branch between them. */
export interface Region {
  join: string;
  branches: Set<string>[];
  inside: Set<string>;
}

/**
 * A published definition version prepared for execution once: nodes and edges indexed, and a slot
 * for per-node form evaluators. Definitions are immutable, so the runtime caches these per
 * `key@version` and never re-validates or re-compiles per action.
 */
export class CompiledWorkflow {
  readonly def: WorkflowDefinition<LocalizedText>;
  readonly record: DefinitionRecord;
  readonly nodes = new Map<string, NodeDefinition<LocalizedText>>();
  readonly nodeIndex = new Map<string, number>();
  readonly outgoing = new Map<string, EdgeDefinition<LocalizedText>[]>();
  readonly incoming = new Map<string, EdgeDefinition<LocalizedText>[]>();
  readonly start: NodeDefinition<LocalizedText>;
  /** Form evaluators without per-call bindings, per node (valid when no rule reads `$`-variables). */
  readonly evaluators = new Map<string, FormEvaluator>();
  /** Whether any form rule reads `$ticket`, `$actor`, `$now` or `$requester` (then evaluators are built per call). */
  readonly rulesUseBindings: boolean;
  /** Whether any form rule reads `$requester` (then the directory is asked for the requester). */
  readonly rulesReadRequester: boolean;
  /** Which parts of `$requester` the form rules read (a view's `bindings` carry only those). */
  readonly requesterReads: RequesterReads;

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
    const ruleExprs = (this.def.form.rules ?? []).flatMap((r) =>
      [r.visible, r.required, r.readonly, r.value].filter(
        (x): x is string => typeof x === 'string',
      ),
    );
    this.requesterReads = requesterReadsOf(ruleExprs);
    this.rulesReadRequester = this.requesterReads.keys.size > 0;
    this.rulesUseBindings =
      this.rulesReadRequester || ruleExprs.some((x) => /\$(ticket|actor|now|millis)\b/.test(x));
  }

  get key(): string {
    return this.def.key;
  }
  get version(): number {
    return this.record.version;
  }

  /** The node, or a DefinitionError naming the workflow and the missing id. */
  node(id: string): NodeDefinition<LocalizedText> {
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

  /**
   * Each parallel split with its join and the nodes of each branch in between: a branch node is
   * reachable from the split's edge without passing the split or join, and leads to the join.
   */
  get regions(): Region[] {
    if (this.#regions) return this.#regions;
    // Nodes reachable from `from`, never passing the `stop` nodes (backwards along incoming edges).
    const within = (from: string, stop: string[], back?: boolean) =>
      reach([from], (id) =>
        (back ? this.incoming : this.outgoing)
          .get(id)!
          .map((e) => (back ? e.from : e.to))
          .filter((x) => !stop.includes(x)),
      );
    this.#regions = [];
    for (const [split, edges] of this.outgoing) {
      if (this.nodes.get(split)!.type !== 'parallel' || edges.length < 2) continue;
      const forward = edges.map((e) => within(e.to, [split]));
      // The join: the first parallel gateway with several incoming edges that every branch reaches.
      const join = [...forward[0]!.keys()].find(
        (id) =>
          this.nodes.get(id)!.type === 'parallel' &&
          this.incoming.get(id)!.length > 1 &&
          forward.every((f) => f.has(id)),
      );
      if (join === undefined) continue;
      const back = within(join, [split], true);
      const branches = edges.map(
        (e) =>
          new Set(
            [...within(e.to, [split, join]).keys()].filter((id) => id !== join && back.has(id)),
          ),
      );
      this.#regions.push({
        join,
        branches,
        inside: new Set(branches.flatMap((b) => [...b])),
      });
    }
    return this.#regions;
  }
  #regions?: Region[];

  /** Whether `to` lies in another branch than `from` of one parallel split (a path cannot go there). */
  crosses(from: string, to: string): boolean {
    return this.regions.some(
      (r) =>
        r.inside.has(from) && r.inside.has(to) && !r.branches.some((b) => b.has(from) && b.has(to)),
    );
  }

  label(id: string): string {
    const n = this.nodes.get(id);
    return n?.name ? `"${this.text(n.name)}" (${id})` : `"${id}"`;
  }

  /** A text of this definition in its default locale (messages, stored report groupings). */
  text(text: LocalizedText): string {
    return defaultText(this.def, text);
  }
}
