import { jsonEqual, type FormTemplate } from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { href, navigate } from '../shell/router';
import { Card, Empty, ErrorNote, Loading, PageHeader } from '../ui/layout';
import { PeoplePicker } from '../ui/PeoplePicker';
import '../ui/lifecycle.css';
import { RequestFormArea } from './RequestFormArea';
import { ChangeCollisionNote } from './ticket/ChangeCollisionNote';

/** The request form of one catalog entry, with its templates. */
export function RequestPage({ workflowKey }: { workflowKey: string }) {
  const { client, user } = useDesk();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [template, setTemplate] = useState<FormTemplate | null>(null);
  const [cc, setCc] = useState<string[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const def = useDeskQuery(
    async ({ client }) => {
      const [definition, catalog] = await Promise.all([
        client.getDefinition(workflowKey),
        client.catalog(),
      ]);
      return { definition, mayStart: catalog.some((e) => e.key === workflowKey) };
    },
    [workflowKey],
  );

  if (def.error && !def.data) {
    return (
      <>
        <PageHeader title={t('Request a service')} />
        <ErrorNote error={def.error} />
      </>
    );
  }
  if (!def.data) return <Loading />;
  const { definition, mayStart } = def.data;
  if (!mayStart) {
    // The runtime would refuse the ticket (permissions.start): do not offer the form.
    return (
      <>
        <PageHeader title={definition.name} />
        <Empty>
          {t('{name} may not raise this request. Pick a service from the catalog.', {
            name: user.name ?? user.id,
          })}
        </Empty>
      </>
    );
  }
  const templates = definition.form.templates ?? [];

  const applyTemplate = (next: FormTemplate | null) => {
    setTemplate(next);
    setValues(next ? { ...next.values } : {});
  };

  const submit = async (data: Record<string, unknown>) => {
    setError(null);
    setBusy(true);
    try {
      // The template fills its own values (some of them fields the requester may not edit, and the
      // runtime refuses any write to those, even of the same value): send only what the form changed.
      const base = template?.values ?? {};
      const changed = Object.fromEntries(
        Object.entries(data).filter(
          ([k, v]) => !jsonEqual(v, Object.hasOwn(base, k) ? base[k] : undefined),
        ),
      );
      const ticket = await client.startTicket({
        workflow: definition.key,
        data: changed,
        ...(template ? { template: template.id } : {}),
        ...(cc.length ? { watchers: cc } : {}),
      });
      navigate('ticket', ticket.id);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={definition.name}
        hint={definition.description ?? (definition.catalog ?? []).join(' › ')}
        actions={
          <a className="pg-button" href={href('catalog')}>
            ← {t('Catalog')}
          </a>
        }
      />
      {error ? <ErrorNote error={error} /> : null}
      <div className="pg-request">
        <Card title={t('Your request')}>
          <ChangeCollisionNote workflow={definition.key} data={values} />
          <RequestFormArea
            key={template?.id ?? 'blank'}
            definition={definition}
            value={values}
            onChange={setValues}
            onSubmit={submit}
            busy={busy}
          />
        </Card>
        <div className="pg-request-side">
          <Card title={t('Templates')}>
            {templates.length === 0 ? (
              <p className="pg-muted">{t('This form has no template.')}</p>
            ) : (
              <ul className="pg-templates" aria-label={t('Templates')}>
                <li>
                  <button
                    type="button"
                    className="pg-template"
                    aria-pressed={template === null}
                    onClick={() => applyTemplate(null)}
                  >
                    <strong>{t('Blank form')}</strong>
                    <span>{t('Start from scratch')}</span>
                  </button>
                </li>
                {templates.map((tpl) => (
                  <li key={tpl.id}>
                    <button
                      type="button"
                      className="pg-template"
                      aria-pressed={template?.id === tpl.id}
                      onClick={() => applyTemplate(tpl)}
                    >
                      <strong>{tpl.name}</strong>
                      {tpl.description ? <span>{tpl.description}</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('Keep others informed')}>
            <p className="pg-muted">
              {t(
                'People in CC follow the ticket: they see it and its replies, not the desk’s notes.',
              )}
            </p>
            <PeoplePicker label={t('CC')} value={cc} onChange={setCc} exclude={[user.id]} />
          </Card>
        </div>
      </div>
    </>
  );
}
