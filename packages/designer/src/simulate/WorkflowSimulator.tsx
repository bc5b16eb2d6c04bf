import {
  fieldPermissionsAt,
  type ActionHandler,
  type ActionName,
  type CalendarSpec,
  type FieldPermission,
  type HistoryEvent,
  type LocalizedDefinition,
  type MemoryDirectorySeed,
  type WorkflowDefinition,
} from '@deskkit/runtime';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { FormRenderer, useI18n, useText, type FormDirectory, type ShowText } from '@deskkit/forms';
import type { DesignerTranslate, Translator } from '../i18n/messages';
import { useShownDefinition } from '../i18n/useShown';
import { useDesignerTranslator } from '../i18n/useTranslator';
import { WorkflowViewer } from '../viewer/WorkflowViewer';
import { sampleData } from './sampleData';
import { createSimulation, type Simulation, type SimulationSnapshot } from './simulation';

const HOUR = 3_600_000;
const STEPS = [
  ['sim.plusHour', HOUR],
  ['sim.plus4Hours', 4 * HOUR],
  ['sim.plusDay', 24 * HOUR],
  ['sim.plusWeek', 7 * 24 * HOUR],
] as const;

/** Props of {@link WorkflowSimulator}. */
export interface WorkflowSimulatorProps {
  /** The definition being edited; a change starts a new simulation. */
  definition: WorkflowDefinition | LocalizedDefinition;
  /** Sample people (the host's directory fits): requesters, agents, approvers, rotas. */
  people: MemoryDirectorySeed;
  /** Working calendars the SLA policies and timers may name. */
  calendars?: Record<string, CalendarSpec>;
  /** Where the simulated clock starts (default: now). */
  start?: Date;
  t?: DesignerTranslate;
  /** Formats instants (ISO strings); the browser's locale by default. */
  formatTime?(iso: string): string;
  /** Host functions automation steps call; they run in the simulation (see `createSimulation`). */
  handlers?: Record<string, ActionHandler>;
  /** Loads the published workflows sub-workflow steps start, so they run in the simulation too. */
  loadWorkflow?(key: string, version?: number): Promise<WorkflowDefinition>;
}

/** The permissions of the requester's form: the start step's (everything editable without one). */
function startPermissions(def: WorkflowDefinition): Record<string, FieldPermission> | undefined {
  const start = def.nodes.find((n) => n.type === 'start');
  try {
    return start ? fieldPermissionsAt(def, start.id) : undefined;
  } catch {
    return undefined;
  }
}

/** The first sample person `permissions.start` names (by id, role, group or department). */
function firstStarter(def: WorkflowDefinition, users: MemoryDirectorySeed['users']): string {
  const who = def.permissions?.start;
  const named = who
    ? users.find((u) =>
        who.some((p) =>
          'user' in p
            ? p.user === u.id
            : 'role' in p
              ? u.roles?.includes(p.role)
              : 'group' in p
                ? u.groups?.includes(p.group)
                : u.department === p.department,
        ),
      )
    : undefined;
  return (named ?? users[0])?.id ?? '';
}

/** The sample people and their groups, for the form's user and group pickers. */
function peopleDirectory(people: MemoryDirectorySeed): FormDirectory {
  return {
    async list(kind, search = '') {
      const q = search.toLowerCase();
      const entries =
        kind === 'user'
          ? people.users.map((u) => ({ id: u.id, name: u.name ?? u.id }))
          : [
              ...new Set(
                people.users.flatMap((u) =>
                  kind === 'role'
                    ? (u.roles ?? [])
                    : kind === 'group'
                      ? (u.groups ?? [])
                      : u.department
                        ? [u.department]
                        : [],
                ),
              ),
            ].map((id) => ({ id, name: id }));
      return entries.filter((e) => e.name.toLowerCase().includes(q) || e.id.includes(q));
    },
  };
}

/** The conditions that decided the path: each exclusive step left, the arrow taken and why. */
function branches(def: WorkflowDefinition, history: readonly HistoryEvent[], t: Translator) {
  const nodes = new Map(def.nodes.map((n) => [n.id, n]));
  return history.flatMap((e) => {
    const edge = e.type === 'entered' ? def.edges.find((x) => x.id === e.detail?.edge) : undefined;
    if (!edge || nodes.get(edge.from)?.type !== 'exclusive') return [];
    const name = (id: string) => nodes.get(id)?.name ?? id;
    return [
      {
        id: e.id,
        text: t('sim.branch', { gateway: name(edge.from), target: name(edge.to) }),
        why: edge.when ? t('sim.branchWhen', { when: edge.when }) : t('sim.branchDefault'),
      },
    ];
  });
}

function eventText(
  e: HistoryEvent,
  def: WorkflowDefinition,
  t: Translator,
  who: (id: string) => string,
  text: ShowText,
) {
  const step = text(def.nodes.find((n) => n.id === e.nodeId)?.name) ?? e.nodeId ?? '';
  const id = String(e.detail?.policy ?? '');
  const policy = text(def.sla?.find((p) => p.id === id)?.name) ?? id;
  switch (e.type) {
    case 'slaWarning':
    case 'slaBreached':
    case 'slaMet':
      return t(`sim.event.${e.type}`, { policy });
    case 'timerFired':
    case 'entered':
      return t(`sim.event.${e.type}`, { step });
    case 'action':
      return t('sim.event.action', { who: who(e.actor ?? ''), action: e.action ?? '', step });
    default:
      return t('sim.event.other', { type: e.type });
  }
}

/** One of the sample people, by name: who raises the sample ticket, who acts next. */
function PersonSelect(props: {
  label: string;
  people: MemoryDirectorySeed['users'];
  value: string;
  onChange(id: string): void;
}) {
  return (
    <label className="dk-prop-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.people.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name ?? u.id}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Runs the definition being edited on sample data and a simulated clock (see `createSimulation`):
 * raise a sample ticket, act at each step as whoever holds the work, see which branch each
 * condition takes and the SLA clocks with their due dates on their calendar, and advance the clock
 * to watch timers, warnings and breaches fire. Nothing is published.
 */
export function WorkflowSimulator(props: WorkflowSimulatorProps) {
  const t = useDesignerTranslator(props.t);
  const i18n = useI18n();
  const time = props.formatTime ?? ((iso: string) => i18n.formatDateTime(iso) || iso);
  const { people, calendars, start, handlers, loadWorkflow } = props;
  const definition = useShownDefinition(props.definition);
  const text = useText();
  const sim: Simulation = useMemo(
    () =>
      createSimulation({
        definition,
        people,
        ...(calendars ? { calendars } : {}),
        ...(start ? { start } : {}),
        ...(handlers ? { handlers } : {}),
        ...(loadWorkflow ? { loadWorkflow } : {}),
      }),
    [definition, people, calendars, start, handlers, loadWorkflow],
  );
  const snap: SimulationSnapshot = useSyncExternalStore(
    sim.subscribe,
    sim.getSnapshot,
    sim.getSnapshot,
  );
  const users = people.users;
  const who = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  const [requester, setRequester] = useState(() => firstStarter(definition, users));
  const [data, setData] = useState<Record<string, unknown>>(() => sampleData(definition, people));
  const permissions = useMemo(() => startPermissions(definition), [definition]);
  const directory = useMemo(() => peopleDirectory(people), [people]);
  const [actor, setActor] = useState('');
  const [reason, setReason] = useState('');
  const [actions, setActions] = useState<ActionName[]>([]);

  // Whoever holds the first open item acts next by default.
  const holder = snap.items[0]?.assignee ?? snap.items[0]?.candidates?.[0] ?? '';
  const current = actor || holder;
  // The work this person holds or may take: on the ticket or on a sub-workflow's ticket.
  const item = snap.items.find(
    (w) => w.assignee === current || (!w.assignee && w.candidates?.includes(current)),
  );
  const versions = [snap.ticket, ...snap.children].map((x) => x?.version).join();
  useEffect(() => {
    let live = true;
    void sim.actionsFor(current, item?.ticketId).then((a) => live && setActions(a));
    return () => {
      live = false;
    };
  }, [sim, current, item?.ticketId, versions]);

  const run = () => {
    setActor('');
    void sim.start({ requester, data });
  };
  const act = (action: ActionName) => {
    void sim.act({
      actor: current,
      action,
      ...(item ? { workItem: item.id } : {}),
      ...(reason ? { reason } : {}),
    });
  };
  const ticket = snap.ticket;
  const defOf = (ticketId: string) => {
    const key = snap.children.find((c) => c.id === ticketId)?.workflow.key;
    return (key && snap.workflows.find((w) => w.key === key)) || definition;
  };
  const stepName = (id: string, ticketId = ticket?.id ?? '') =>
    text(defOf(ticketId).nodes.find((n) => n.id === id)?.name) ?? id;
  const calendarOf = (policy: string) => definition.sla?.find((p) => p.id === policy)?.calendar;

  return (
    <section className="dk-designer dk-simulator" aria-label={t('sim.ariaLabel')}>
      <p className="dk-muted">{t('sim.intro')}</p>
      <div className="dk-simulator__setup">
        <PersonSelect
          label={t('sim.requester')}
          people={users}
          value={requester}
          onChange={setRequester}
        />
        <fieldset className="dk-simulator__data">
          <legend>{t('sim.data')}</legend>
          <FormRenderer
            key={definition.key}
            form={definition.form}
            value={data}
            onChange={(values) => setData(values)}
            hideSubmit
            directory={directory}
            {...(permissions ? { permissions } : {})}
          />
        </fieldset>
        <button type="button" className="dk-btn dk-btn--primary" disabled={snap.busy} onClick={run}>
          {ticket ? t('sim.restart') : t('sim.start')}
        </button>
      </div>
      {snap.error ? (
        <div className="dk-simulator__error" role="alert">
          {snap.failure === undefined ? snap.error : i18n.errorMessage(snap.failure)}
          {snap.issues.length ? (
            <ul>
              {snap.issues.slice(0, 5).map((i) => (
                <li key={`${i.path}-${i.code}`}>{i18n.findingMessage(i, { definition })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="dk-simulator__clock" role="group" aria-label={t('sim.advance')}>
        <strong role="status">{t('sim.now', { now: time(snap.now) })}</strong>
        {STEPS.map(([key, ms]) => (
          <button
            key={key}
            type="button"
            className="dk-btn"
            disabled={snap.busy || !ticket}
            onClick={() => void sim.advance(ms)}
          >
            {t(key)}
          </button>
        ))}
      </div>
      {ticket ? (
        <>
          <p className="dk-simulator__status">
            {ticket.active.length
              ? t('sim.status', {
                  number: ticket.number,
                  status: ticket.status,
                  steps: ticket.active.map((n) => stepName(n)).join(', '),
                })
              : t('sim.statusDone', { number: ticket.number, status: ticket.status })}
          </p>
          <WorkflowViewer
            definition={definition}
            ticket={ticket}
            history={snap.history}
            formatTime={time}
            formatActor={who}
            height={320}
            {...(props.t ? { t: props.t } : {})}
          />
          <div className="dk-simulator__panels">
            <section aria-label={t('sim.work')}>
              <h4>{t('sim.work')}</h4>
              {snap.items.length ? (
                <ul>
                  {snap.items.map((w) => (
                    <li key={w.id}>
                      {w.assignee
                        ? t('sim.holder', {
                            step: stepName(w.nodeId, w.ticketId),
                            who: who(w.assignee),
                          })
                        : t('sim.queue', {
                            step: stepName(w.nodeId, w.ticketId),
                            who: (w.candidates ?? []).map(who).join(', '),
                          })}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="dk-muted">{t('sim.noWork')}</p>
              )}
              <PersonSelect
                label={t('sim.actAs')}
                people={users}
                value={current}
                onChange={setActor}
              />
              <label className="dk-prop-field">
                <span>{t('sim.reason')}</span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <div
                role="group"
                aria-label={t('sim.actions', { who: who(current) })}
                className="dk-simulator__actions"
              >
                {actions.length ? (
                  actions.map((a) => (
                    <button
                      key={a}
                      type="button"
                      className="dk-btn"
                      disabled={snap.busy}
                      onClick={() => act(a)}
                    >
                      {a}
                    </button>
                  ))
                ) : (
                  <span className="dk-muted">{t('sim.noActions', { who: who(current) })}</span>
                )}
              </div>
            </section>
            {snap.children.length ? (
              <section aria-label={t('sim.children')}>
                <h4>{t('sim.children')}</h4>
                <ul>
                  {snap.children.map((c) => (
                    <li key={c.id}>
                      {t(c.active.length ? 'sim.child' : 'sim.childDone', {
                        number: c.number,
                        workflow: text(defOf(c.id).name),
                        status: c.status,
                        steps: c.active.map((n) => stepName(n, c.id)).join(', '),
                      })}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section aria-label={t('sim.branches')}>
              <h4>{t('sim.branches')}</h4>
              {branches(definition, snap.history, t).length ? (
                <ul>
                  {branches(definition, snap.history, t).map((b) => (
                    <li key={b.id}>
                      {b.text} <span className="dk-muted">{b.why}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="dk-muted">{t('sim.noBranches')}</p>
              )}
            </section>
            <section aria-label={t('sim.sla')}>
              <h4>{t('sim.sla')}</h4>
              {ticket.sla.length ? (
                <ul>
                  {ticket.sla.map((c) => {
                    const calendar = calendarOf(c.policy);
                    return (
                      <li key={`${c.policy}-${c.target}-${c.nodeId ?? ''}`} data-state={c.state}>
                        {t('sim.slaRow', {
                          policy: definition.sla?.find((p) => p.id === c.policy)?.name ?? c.policy,
                          target: c.target,
                          state: c.state,
                          due: time(c.dueAt),
                        })}{' '}
                        <span className="dk-muted">
                          {calendar ? t('sim.calendar', { calendar }) : t('sim.calendar24x7')}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="dk-muted">{t('sim.noSla')}</p>
              )}
            </section>
            <section aria-label={t('sim.events')}>
              <h4>{t('sim.events')}</h4>
              {/* It scrolls: keyboard users reach it to scroll it. */}
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
              <ol className="dk-simulator__events" tabIndex={0} aria-label={t('sim.events')}>
                {snap.history.map((e) => (
                  <li key={e.id} data-type={e.type}>
                    <span className="dk-muted">{time(e.at)}</span>{' '}
                    {eventText(e, defOf(e.ticketId), t, who, text)}
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </>
      ) : null}
    </section>
  );
}
