import type { ChangeCollision, ChangeCollisionQuery } from '@deskkit/runtime';
import { useEffect, useState } from 'react';
import { changeWindows } from '../../demo/changes';
import { useDesk } from '../../desk/DeskContext';
import { t } from '../../i18n';
import { href } from '../../shell/router';
import { formatDateTime } from '../../ui/chips';

/** How long the form rests before the runtime is asked again. */
const SETTLE_MS = 300;

/**
 * Warns, before a change is submitted, of other open changes on the same configuration item in
 * an overlapping window. The runtime works them out (`client.changeCollisions`, only changes this
 * user may see); a form of a workflow that is not a change, or without a full window, shows nothing.
 */
export function ChangeCollisionNote(props: {
  workflow: string;
  data: Record<string, unknown>;
  /** The change's own ticket, once it exists. */
  ticket?: string;
}) {
  const { client } = useDesk();
  const plan = changeWindows[props.workflow];
  const start = plan ? props.data[plan.fields.start] : undefined;
  const end = plan ? props.data[plan.fields.end] : undefined;
  const target = plan ? props.data[plan.fields.target] : undefined;
  const query =
    plan &&
    typeof start === 'string' &&
    typeof end === 'string' &&
    typeof target === 'string' &&
    target
      ? { ...plan, start, end, target, ...(props.ticket ? { ticket: props.ticket } : {}) }
      : null;
  const key = query ? JSON.stringify(query) : '';
  // The answer for one query: shown only while the form still asks that.
  const [answer, setAnswer] = useState<{ key: string; hits: ChangeCollision[] } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      client
        .changeCollisions(JSON.parse(key) as ChangeCollisionQuery)
        .then((hits) => live && setAnswer({ key, hits }))
        // A window the runtime refuses (end before start) is the form's to report, not ours.
        .catch(() => live && setAnswer(null));
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, key]);
  const found = key && answer?.key === key ? answer.hits : null;
  if (!found || typeof target !== 'string') return null;
  if (!found.length)
    return (
      <p className="pg-muted pg-collision-none" role="status">
        {t('No other open change on {target} in this window.', { target })}
      </p>
    );
  return (
    <div className="pg-collision" role="alert">
      <strong>
        {t('{count} other change(s) on {target} overlap this window.', {
          count: found.length,
          target,
        })}
      </strong>
      <ul>
        {found.map((c) => (
          <li key={c.id}>
            <a href={href('ticket', c.id)}>{c.number}</a> {c.title ? `${c.title} · ` : ''}
            {formatDateTime(c.start)} – {formatDateTime(c.end)}
          </li>
        ))}
      </ul>
    </div>
  );
}
