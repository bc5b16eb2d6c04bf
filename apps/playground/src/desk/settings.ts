import {
  compileCalendar,
  onCallUsers,
  durationToMs,
  ValidationError,
  type CalendarSpec,
  type Issue,
  type LocalizedDefinition,
} from '@deskkit/runtime';
import { SUPPORTED_LOCALES } from '@deskkit/runtime/i18n';
import { calendarNames, calendars } from '../demo/calendars';
import { organisation, type DemoOrganisation } from '../demo/organisation';

/**
 * What an admin edits on the Admin page besides workflows and schedules: the directory and the
 * working calendars. The desk saves them to IndexedDB and builds the runtime from them.
 */
export interface DeskSettings {
  organisation: DemoOrganisation;
  calendars: Record<string, CalendarSpec>;
  /** Human names of the calendars (the runtime knows them by key only). */
  calendarNames: Record<string, string>;
}

/** The settings of a fresh desk: the demo organisation and calendars. */
export function demoSettings(): DeskSettings {
  return structuredClone({ organisation, calendars, calendarNames });
}

const issue = (path: string, message: string, code = 'INVALID_VALUE'): Issue => ({
  path,
  code,
  severity: 'error',
  message,
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function duplicates(ids: string[], path: (i: number) => string, what: string): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  ids.forEach((id, i) => {
    if (!id.trim()) out.push(issue(path(i), `The ${what} needs an id.`, 'REQUIRED'));
    else if (!KEY.test(id))
      out.push(
        issue(path(i), `The ${what} id "${id}" may hold letters, digits, ".", "_" and "-".`),
      );
    else if (seen.has(id)) out.push(issue(path(i), `Two ${what}s share the id "${id}".`));
    seen.add(id);
  });
  return out;
}

/**
 * Checks a directory before the desk uses it: unique ids, names, known roles, groups, departments
 * and managers, valid on-call rotas and out-of-office rules. Issue paths point into the
 * organisation (`/users/3/manager`, `/rotas/0/shift`, `/delegations/1/to`).
 */
export function organisationIssues(org: DemoOrganisation): Issue[] {
  const out: Issue[] = [];
  out.push(
    ...duplicates(
      org.users.map((u) => u.id),
      (i) => `/users/${i}/id`,
      'person',
    ),
  );
  out.push(
    ...duplicates(
      org.groups.map((g) => g.id),
      (i) => `/groups/${i}/id`,
      'group',
    ),
  );
  out.push(
    ...duplicates(
      org.rotas.map((r) => r.id),
      (i) => `/rotas/${i}/id`,
      'rota',
    ),
  );
  for (const key of ['roles', 'departments'] as const) {
    const what = key === 'roles' ? 'role' : 'department';
    out.push(
      ...duplicates(
        org[key].map((e) => e.id),
        (i) => `/${key}/${i}/id`,
        what,
      ),
    );
    org[key].forEach((e, i) => {
      if (!e.name.trim())
        out.push(issue(`/${key}/${i}/name`, `Give the ${what} a name.`, 'REQUIRED'));
    });
  }
  const users = new Set(org.users.map((u) => u.id));
  const roles = new Set(org.roles.map((r) => r.id));
  const groups = new Set(org.groups.map((g) => g.id));
  const departments = new Set(org.departments.map((d) => d.id));
  org.users.forEach((u, i) => {
    const at = `/users/${i}`;
    if (!u.name?.trim()) out.push(issue(`${at}/name`, 'Give the person a name.', 'REQUIRED'));
    if (u.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(u.email))
      out.push(issue(`${at}/email`, `"${u.email}" is not an e-mail address.`));
    if (!u.roles?.length)
      out.push(issue(`${at}/roles`, 'Give the person at least one role.', 'REQUIRED'));
    for (const r of u.roles ?? [])
      if (!roles.has(r)) out.push(issue(`${at}/roles`, `There is no role "${r}".`));
    for (const g of u.groups ?? [])
      if (!groups.has(g)) out.push(issue(`${at}/groups`, `There is no group "${g}".`));
    if (u.department && !departments.has(u.department))
      out.push(issue(`${at}/department`, `There is no department "${u.department}".`));
    if (u.locale && !(SUPPORTED_LOCALES as readonly string[]).includes(u.locale))
      out.push(
        issue(
          `${at}/locale`,
          `"${u.locale}" is not a language of the desk (${SUPPORTED_LOCALES.join(', ')}).`,
        ),
      );
    if (u.manager === u.id)
      out.push(issue(`${at}/manager`, 'A person cannot be their own manager.'));
    else if (u.manager && !users.has(u.manager))
      out.push(issue(`${at}/manager`, `The manager "${u.manager}" is not in the directory.`));
  });
  org.groups.forEach((g, i) => {
    if (!g.name.trim()) out.push(issue(`/groups/${i}/name`, 'Give the group a name.', 'REQUIRED'));
  });
  org.rotas.forEach((rota, i) => {
    const at = `/rotas/${i}`;
    if (rota.members.length === 0)
      out.push(issue(`${at}/members`, 'A rota needs at least one member.', 'REQUIRED'));
    for (const m of rota.members)
      if (!users.has(m)) out.push(issue(`${at}/members`, `"${m}" is not in the directory.`));
    try {
      if (durationToMs(rota.shift, `${at}/shift`) <= 0)
        out.push(issue(`${at}/shift`, 'A shift must last longer than zero.'));
    } catch (e) {
      out.push(issue(`${at}/shift`, e instanceof Error ? e.message : String(e)));
    }
    if (Number.isNaN(Date.parse(rota.start)))
      out.push(issue(`${at}/start`, `"${rota.start}" is not a date and time.`));
    if (out.every((x) => !x.path.startsWith(at))) {
      try {
        onCallUsers(rota, new Date());
      } catch (e) {
        const issues = e instanceof ValidationError ? e.issues : [];
        out.push(issue(issues[0]?.path ?? at, e instanceof Error ? e.message : String(e)));
      }
    }
  });
  org.delegations.forEach((d, i) => {
    const at = `/delegations/${i}`;
    if (!users.has(d.user)) out.push(issue(`${at}/user`, `"${d.user}" is not in the directory.`));
    if (!users.has(d.delegate))
      out.push(issue(`${at}/delegate`, `"${d.delegate}" is not in the directory.`));
    else if (d.delegate === d.user)
      out.push(issue(`${at}/delegate`, 'Someone else must cover the absence.'));
    if (!DATE.test(d.from)) out.push(issue(`${at}/from`, 'Give the first day as YYYY-MM-DD.'));
    if (!DATE.test(d.to)) out.push(issue(`${at}/to`, 'Give the last day as YYYY-MM-DD.'));
    else if (DATE.test(d.from) && d.to < d.from)
      out.push(issue(`${at}/to`, 'The last day comes before the first day.'));
  });
  return out;
}

/** Throws a `ValidationError` listing every issue of the directory. */
export function assertValidOrganisation(org: DemoOrganisation): void {
  const issues = organisationIssues(org);
  if (issues.length) {
    throw new ValidationError(
      `The directory has ${issues.length} problem${issues.length > 1 ? 's' : ''}: ${issues[0]!.message}`,
      issues,
    );
  }
}

/**
 * Checks a working calendar the way the runtime will use it (`compileCalendar`), plus what the
 * runtime cannot know: the key and the name. Throws `ValidationError` with paths such as
 * `/calendars/business/week/mon/0/1`.
 */
export function assertValidCalendar(id: string, spec: CalendarSpec, name: string): void {
  const issues: Issue[] = [];
  if (!KEY.test(id))
    issues.push(
      issue('/calendars', `The calendar key "${id}" may hold letters, digits, ".", "_" and "-".`),
    );
  if (!name.trim())
    issues.push(issue(`/calendars/${id}/name`, 'Give the calendar a name.', 'REQUIRED'));
  if (issues.length) throw new ValidationError(issues[0]!.message, issues);
  compileCalendar(spec, id);
}

/** A kind of directory entry a workflow can name as a principal (`{ role: 'cab' }`). */
export type PrincipalKind = 'user' | 'role' | 'group' | 'department';

/**
 * Where workflow definitions name a principal (`{ user: 'carlos' }`): in permissions, task and
 * approval candidates, notifications and assignments. Each place reads
 * `Change request › step "CAB approval"` or `Incident › permissions`.
 */
export function principalReferences(
  definitions: readonly LocalizedDefinition[],
  kind: PrincipalKind,
  id: string,
): string[] {
  const out = new Set<string>();
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, where);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (record[kind] === id && Object.keys(record).length === 1) out.add(where);
    for (const child of Object.values(record)) walk(child, where);
  };
  for (const d of definitions) {
    for (const [key, value] of Object.entries(d)) {
      if (key === 'nodes') continue;
      walk(value, `${d.name} › ${key}`);
    }
    for (const node of d.nodes) walk(node, `${d.name} › step "${node.name ?? node.id}"`);
  }
  return [...out];
}

/**
 * Why a person cannot leave the directory: who they manage, the rotas and absences naming them,
 * and the published workflows naming them as a candidate or in permissions. Empty when they may go.
 */
export function personReferences(
  org: DemoOrganisation,
  definitions: readonly LocalizedDefinition[],
  id: string,
): string[] {
  const out: string[] = [];
  const reports = org.users.filter((u) => u.manager === id).map((u) => u.name ?? u.id);
  if (reports.length) out.push(`manager of ${reports.join(', ')}`);
  for (const rota of org.rotas)
    if (rota.members.includes(id)) out.push(`member of the on-call rota "${rota.name ?? rota.id}"`);
  for (const d of org.delegations)
    if (d.user === id || d.delegate === id)
      out.push(`named in the out-of-office rule ${d.from} – ${d.to}`);
  for (const place of principalReferences(definitions, 'user', id))
    out.push(`named in the published workflow ${place}`);
  return out;
}
