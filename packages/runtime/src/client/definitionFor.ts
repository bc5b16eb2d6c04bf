import type {
  FieldPermission,
  FormLayoutNode,
  FormRule,
  LocalizedDefinition,
  LocalizedText,
  NodeDefinition,
  Principal,
} from '../definition/definition.types';
import { DeskkitError, PermissionError } from '../errors/errors';
import { expressionAst } from '../expressions/compile';
import { evaluate, toBoolean } from '../expressions/evaluate';
import { expressionFields } from '../expressions/references';
import type { EngineCore } from '../engine/engine.types';
import { permissionsAt } from '../engine/fields';
import { assertMayPublish } from '../engine/publish';
import { requesterProfileOf } from '../engine/requester';
import { viewTicketFor } from '../engine/view';
import type { CompiledWorkflow } from '../engine/workflow';
import { formFieldNames } from '../form/permissions';
import { cloneJson } from '../storage/clone';
import { isAuditor } from './visibility';

type Def = LocalizedDefinition;
type Node = NodeDefinition<LocalizedText>;

/** Steps a ticket can wait at (its form is read there); gateways and automations pass straight on. */
const RESTING = new Set(['start', 'task', 'approval', 'subworkflow', 'timer', 'parallel']);

/**
 * How a user can come to read a workflow's form, each with what its rules know of the moment:
 * `requester`, on the tickets they raise (`$ticket.requester` and `$requester` are themselves);
 * `desk`, on other people's tickets they view or work (only `$actor` is known).
 */
interface Standing {
  requester: boolean;
  desk: boolean;
  auditor: boolean;
}

async function standingOf(
  core: EngineCore,
  wf: CompiledWorkflow,
  actor: string,
): Promise<Standing> {
  const d = core.directory;
  const { start, view, assign } = wf.def.permissions ?? {};
  const matches = async (p: Principal[] | undefined) => !!p?.length && d.matches(actor, p);
  const auditor = await isAuditor(core, actor);
  let desk = auditor || (await matches(view)) || (await matches(assign));
  // Steps they work: whom a task or approval is assigned to (a user named only in a form field, or
  // handed work by a reassignment, reads that ticket's form in its view).
  for (const n of wf.def.nodes) {
    if (desk) break;
    if (n.type !== 'task' && n.type !== 'approval') continue;
    const a = n.assign;
    if (a?.strategy === 'onCall' && a.rota) {
      desk = (await d.onCall(a.rota, core.now())).includes(actor);
    } else if (a && a.strategy !== 'field') desk = await matches(a.to);
    if (!desk && n.type === 'approval') desk = await matches(n.approval.fallback);
  }
  return { requester: !start || (await d.matches(actor, start)), desk, auditor };
}

/**
 * Whether a `visible` rule can be decided for one standing without a ticket's data: it reads no
 * field and no `$`-variable but `$actor` (and, on the tickets they raise, `$ticket.requester` and
 * `$requester`). Anything else (`$now()`, `$ticket.status`, ...) may hold some day.
 */
function decidable(expr: string, raised: boolean): boolean {
  let fields: string[];
  try {
    fields = expressionFields(expr);
  } catch {
    return false;
  }
  if (fields.length) return false;
  let ok = true;
  const walk = (node: unknown): void => {
    if (!ok || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as { type?: unknown; value?: unknown; steps?: unknown };
    if (n.type === 'path' && Array.isArray(n.steps)) {
      const [first, second, ...more] = n.steps as Array<Record<string, unknown>>;
      if (first?.type === 'variable' && first.value === 'ticket') {
        const plain = (s?: Record<string, unknown>) => !!s && !s.stages && !s.predicate;
        ok =
          raised &&
          !more.length &&
          second?.type === 'name' &&
          second.value === 'requester' &&
          plain(first) &&
          plain(second);
        return;
      }
    }
    if (n.type === 'variable') {
      const v = n.value;
      if (
        v === '' ||
        v === '$' ||
        v === 'ticket' ||
        v === 'now' ||
        v === 'millis' ||
        v === 'random'
      )
        ok = false;
      if (v === 'requester' && !raised) ok = false;
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(expressionAst(expr));
  return ok;
}

/** Whether a field's `visible` rules may all hold for the user in one standing. */
async function rulesMayShow(
  core: EngineCore,
  rules: FormRule[],
  actor: string,
  raised: boolean,
): Promise<boolean> {
  for (const r of rules) {
    if (typeof r.visible !== 'string' || !decidable(r.visible, raised)) continue;
    const context = {
      data: {},
      actor: { id: actor },
      ...(raised
        ? {
            ticket: { requester: actor },
            bindings: {
              requester: requesterProfileOf(actor, await core.directory.getUser(actor)),
            },
          }
        : {}),
    };
    // A rule that fails hides the field (views fail closed on visibility).
    const holds = await evaluate(r.visible, context, { limits: core.limits }).then(
      toBoolean,
      () => false,
    );
    if (!holds) return false;
  }
  return true;
}

/**
 * The fields a user can see in some context they can be in: a step a ticket can wait at, or a
 * finished ticket, shows the field (its permission there is not `hidden`; auditors read every
 * field of a finished ticket), and its `visible` rules may hold for them on the tickets they raise
 * (when they may start one) or on others' they view or work.
 */
async function shownFields(core: EngineCore, wf: CompiledWorkflow, actor: string) {
  const standing = await standingOf(core, wf, actor);
  const names = formFieldNames(wf.def.form.schema);
  const out = new Set<string>();
  if (!standing.desk) await viewedFields(core, wf, actor, standing, names, out);
  if (!standing.requester && !standing.desk) return out;
  const steps = wf.def.nodes.filter((n) => RESTING.has(n.type));
  const perms = steps.map((n) => permissionsAt(wf, n.id));
  // A finished ticket keeps the permission its end node lists, else hides what every user step hid.
  const userSteps = wf.def.nodes.filter((n) => /^(start|task|approval)$/.test(n.type));
  const hiddenEverywhere = (f: string) =>
    userSteps.length > 0 && userSteps.every((n) => permissionsAt(wf, n.id)[f] === 'hidden');
  const atEnd = (f: string) =>
    standing.auditor ||
    wf.def.nodes.some((n) => {
      if (n.type !== 'end') return false;
      const listed = n.fields?.[f];
      return listed ? listed !== 'hidden' : !hiddenEverywhere(f);
    });
  const rules = wf.def.form.rules ?? [];
  for (const f of names) {
    if (!perms.some((p) => p[f] !== 'hidden') && !atEnd(f)) continue;
    const own = rules.filter((r) => r.field === f);
    if (
      (standing.requester && (await rulesMayShow(core, own, actor, true))) ||
      (standing.desk && (await rulesMayShow(core, own, actor, false)))
    )
      out.add(f);
  }
  return out;
}

/**
 * Adds the fields `viewTicket` shows the user today on the tickets of this version they reach in
 * person and not by a standing: as a watcher, named in a user field, handed work by a
 * reassignment (on the tickets they raise, their requester standing already counts). A desk
 * standing shows every field such a ticket could.
 */
async function viewedFields(
  core: EngineCore,
  wf: CompiledWorkflow,
  actor: string,
  standing: Standing,
  names: string[],
  out: Set<string>,
): Promise<void> {
  let after: string | undefined;
  do {
    const page = await core.storage.queryTickets(
      { workflow: [wf.key], limit: 100, ...(after !== undefined ? { after } : {}) },
      { user: actor, workflows: [] },
    );
    for (const ticket of page.tickets) {
      if (ticket.workflow.version !== wf.version) continue;
      if (standing.requester && ticket.requester === actor) continue;
      const s = { ticket, wf, expectedVersion: ticket.version, before: null };
      const view = await viewTicketFor(core, s, actor).catch((e: unknown) => {
        if (e instanceof PermissionError) return undefined;
        throw e;
      });
      for (const f of Object.keys(view?.form.permissions ?? {})) out.add(f);
      if (names.every((f) => out.has(f))) return;
    }
    after = page.next;
  } while (after !== undefined);
}

function pruneLayout(items: FormLayoutNode<LocalizedText>[], shown: Set<string>) {
  const out: FormLayoutNode<LocalizedText>[] = [];
  for (const item of items) {
    if (item.type === 'field') {
      if (shown.has(item.field)) out.push(item);
    } else if (item.type === 'text') {
      out.push(item);
    } else {
      const children = pruneLayout(item.children, shown);
      if (children.length) out.push({ ...item, children });
    }
  }
  return out;
}

/** A node as someone who does not design the workflow reads it: no assignment or internal config. */
function outlineNode(n: Node, shown: Set<string>): Node {
  const base = {
    id: n.id,
    ...(n.name !== undefined ? { name: n.name } : {}),
    ...(n.description !== undefined ? { description: n.description } : {}),
    ...(n.position ? { position: n.position } : {}),
    ...(n.actions ? { actions: n.actions } : {}),
    ...(n.requireReason ? { requireReason: n.requireReason } : {}),
    ...(n.customerFacing !== undefined ? { customerFacing: n.customerFacing } : {}),
  };
  const fields: Record<string, FieldPermission> = {};
  for (const [f, p] of Object.entries(n.fields ?? {})) if (shown.has(f)) fields[f] = p;
  const withFields = Object.keys(fields).length ? { ...base, fields } : base;
  switch (n.type) {
    case 'end':
      return { ...withFields, type: 'end', ...(n.status ? { status: n.status } : {}) };
    case 'approval': {
      const { mode, min, ratio, onReject, rejectTo } = n.approval;
      return {
        ...withFields,
        type: 'approval',
        approval: {
          mode,
          ...(min !== undefined ? { min } : {}),
          ...(ratio !== undefined ? { ratio } : {}),
          ...(onReject !== undefined ? { onReject } : {}),
          ...(rejectTo !== undefined ? { rejectTo } : {}),
        },
      };
    }
    case 'subworkflow': {
      const { key, version } = n.subworkflow;
      return {
        ...withFields,
        type: 'subworkflow',
        subworkflow: { key, ...(version !== undefined ? { version } : {}) },
      };
    }
    case 'automation':
      return { ...withFields, type: 'automation', automation: { actions: [] } };
    case 'timer': {
      const { duration, untilField } = n.timer;
      return {
        ...withFields,
        type: 'timer',
        timer: {
          ...(duration !== undefined ? { duration } : {}),
          ...(untilField !== undefined && shown.has(untilField) ? { untilField } : {}),
        },
      };
    }
    default:
      return { ...withFields, type: n.type };
  }
}

/**
 * The definition without what the user may not read: the fields no context of theirs shows
 * (schema, presentation, options, layout places, template values, step permissions) and the
 * rule expressions that read them; and the internal configuration (edge conditions, assignment,
 * OLAs, SLA conditions and actions, trigger and automation conditions and actions, sub-workflow
 * field mappings, the title expression and the permissions).
 */
export function outlineFor(def: Def, shown: Set<string>): Def {
  const schema = def.form.schema;
  const properties: NonNullable<typeof schema.properties> = {};
  for (const [f, s] of Object.entries(schema.properties ?? {})) if (shown.has(f)) properties[f] = s;
  const required = (schema.required ?? []).filter((f) => shown.has(f));
  const reads = (expr: string) => {
    try {
      return expressionFields(expr).every((f) => shown.has(f));
    } catch {
      return false;
    }
  };
  const rules: FormRule[] = [];
  for (const r of def.form.rules ?? []) {
    if (!shown.has(r.field)) continue;
    const kept: FormRule = { ...(r.id !== undefined ? { id: r.id } : {}), field: r.field };
    for (const k of ['visible', 'required', 'readonly', 'value'] as const) {
      const e = r[k];
      if (typeof e === 'string' && reads(e)) kept[k] = e;
    }
    if (Object.keys(kept).some((k) => k !== 'id' && k !== 'field')) rules.push(kept);
  }
  const ui = def.form.ui;
  const uiFields: NonNullable<NonNullable<typeof ui>['fields']> = {};
  for (const [f, u] of Object.entries(ui?.fields ?? {})) {
    if (!shown.has(f)) continue;
    if (u.dependsOn !== undefined && !shown.has(u.dependsOn)) {
      // The parent is hidden: neither it nor its option values are named.
      const { dependsOn: _parent, ...rest } = u;
      uiFields[f] = rest.options
        ? { ...rest, options: rest.options.map(({ parent: _p, ...o }) => o) }
        : rest;
    } else uiFields[f] = u;
  }
  const out: Def = {
    schemaVersion: 1,
    key: def.key,
    name: def.name,
    ...(def.description !== undefined ? { description: def.description } : {}),
    ...(def.locales ? { locales: def.locales } : {}),
    ...(def.catalog ? { catalog: def.catalog } : {}),
    ...(def.numberPrefix !== undefined ? { numberPrefix: def.numberPrefix } : {}),
    form: {
      schema: {
        ...(schema.type !== undefined ? { type: schema.type } : {}),
        ...(schema.title !== undefined ? { title: schema.title } : {}),
        ...(schema.description !== undefined ? { description: schema.description } : {}),
        properties,
        ...(required.length ? { required } : {}),
      },
      ...(ui
        ? {
            ui: {
              ...(ui.layout ? { layout: pruneLayout(ui.layout, shown) } : {}),
              fields: uiFields,
            },
          }
        : {}),
      ...(rules.length ? { rules } : {}),
      ...(def.form.templates
        ? {
            templates: def.form.templates.map((t) => ({
              ...t,
              values: Object.fromEntries(Object.entries(t.values).filter(([f]) => shown.has(f))),
            })),
          }
        : {}),
    },
    nodes: def.nodes.map((n) => outlineNode(n, shown)),
    edges: def.edges.map(({ when: _when, ...e }) => e),
    // Names for clocks and history lines; what they match and run stays with the designers.
    ...(def.sla ? { sla: def.sla.map(({ id, name, targets }) => ({ id, name, targets })) } : {}),
    ...(def.triggers
      ? {
          triggers: def.triggers.map((t) => ({
            id: t.id,
            ...(t.name !== undefined ? { name: t.name } : {}),
            on: t.on,
            actions: [],
          })),
        }
      : {}),
    ...(def.automations
      ? {
          automations: def.automations.map((a) => ({
            id: a.id,
            ...(a.name !== undefined ? { name: a.name } : {}),
            every: a.every,
            select: '',
            actions: [],
          })),
        }
      : {}),
    ...(def.autoClose !== undefined ? { autoClose: def.autoClose } : {}),
    ...(def.reopen ? { reopen: def.reopen } : {}),
    ...(def.survey ? { survey: def.survey } : {}),
  };
  return cloneJson(out);
}

/**
 * `client.getDefinition` as written (before its texts are picked): whole for whoever may publish
 * the workflow, else {@link outlineFor} the fields the user can see somewhere (a context of
 * theirs, or a ticket they view today).
 */
export async function definitionFor(
  core: EngineCore,
  actor: string,
  key: string,
  version?: number,
): Promise<Def> {
  const wf = await core.workflow(key, version);
  try {
    await assertMayPublish(core, actor, wf.key);
    return cloneJson(wf.def);
  } catch (e) {
    if (!(e instanceof DeskkitError) || e.code !== 'PERMISSION_DENIED') throw e;
  }
  return outlineFor(wf.def, await shownFields(core, wf, actor));
}
