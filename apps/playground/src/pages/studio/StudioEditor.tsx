import { WorkflowDesigner } from '@deskkit/designer';
import { diffDefinitions, type DraftRecord, type LocalizedDefinition } from '@deskkit/runtime';
import { useEffect, useMemo, useRef, useState } from 'react';
import { demoHandlers } from '../../desk/handlers';
import { useDesk, useDeskQuery } from '../../desk/DeskContext';
import { organisationDirectory } from '../../desk/people';
import { t } from '../../i18n';
import { ErrorText, useDescribeError } from '../../ui/errors';
import { addLeaveGuard, navigate } from '../../shell/router';
import { formatDateTime } from '../../ui/chips';
import { forDesigner, sameDefinition } from './studio';

/** Props of {@link StudioEditor}. */
export interface StudioEditorProps {
  /** What the designer opens: the draft when there is one, else the live version (or a new one). */
  initial: LocalizedDefinition;
  /** The live version; `null` for a workflow not published yet. */
  published: LocalizedDefinition | null;
  draft: DraftRecord | null;
  isNew: boolean;
  onMessage(message: string): void;
  /** Every edit, for comparisons with the versions. */
  onEdit?(value: LocalizedDefinition): void;
  /** After a draft was saved or discarded, or a version published. */
  onSaved?(): void;
  /** Asks before destructive steps and before leaving unsaved edits (`window.confirm` by default). */
  confirm?(message: string): boolean;
}

/**
 * The designer of one workflow with its draft: "Save draft" keeps the edits for every administrator
 * without publishing, "Discard draft" returns to the live version, Publish makes a version and
 * retires the draft. Leaving (another workflow, another page, closing the tab) with unsaved edits
 * asks first; the canvas marks what changed against the live version.
 */
export function StudioEditor(props: StudioEditorProps) {
  const { client, organisation, settings, nameOf } = useDesk();
  const confirm = props.confirm ?? ((m: string) => window.confirm(m));
  const [value, setValue] = useState(props.initial);
  const [saved, setSaved] = useState(props.initial);
  const [draft, setDraft] = useState(props.draft);
  const [busy, setBusy] = useState(false);
  // Shown in the desk's language: a Deskkit error by its code, through the one i18n layer.
  const [error, setError] = useState<unknown>(null);
  const describe = useDescribeError();
  const dirty = !sameDefinition(value, saved);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    const question = t('Leave without saving? Your unsaved changes to this workflow are lost.');
    const offRoute = addLeaveGuard(() => !dirtyRef.current || confirm(question));
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      offRoute();
      window.removeEventListener('beforeunload', onUnload);
    };
    // The guard reads the latest state through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Sub-workflow steps may start any published workflow this publisher's studio lists.
  const workflows = useDeskQuery(async ({ client }) => {
    const listed = await client.studioWorkflows();
    return listed.flatMap((w) =>
      w.latest
        ? [
            {
              key: w.key,
              name: w.name,
              versions: Array.from({ length: w.latest.version }, (_, i) => i + 1),
              fields: w.fields,
            },
          ]
        : [],
    );
  }, []);
  const directory = useMemo(() => organisationDirectory(organisation), [organisation]);
  const diff = useMemo(
    () => (props.published ? diffDefinitions(props.published, value) : undefined),
    [props.published, value],
  );

  const edit = (next: LocalizedDefinition) => {
    setValue(next);
    props.onEdit?.(next);
  };
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const saveDraft = () =>
    attempt(async () => {
      const record = await client.saveDraft(value, { expectedRevision: draft?.revision ?? null });
      setDraft(record);
      setSaved(value);
      dirtyRef.current = false;
      props.onMessage(
        t('Draft of {key} saved (revision {revision}).', {
          key: value.key,
          revision: record.revision,
        }),
      );
      props.onSaved?.();
    });
  const discardDraft = () => {
    if (
      !draft ||
      !confirm(
        t('Discard the draft of {key}? Its unpublished changes are lost.', { key: value.key }),
      )
    )
      return;
    void attempt(async () => {
      await client.discardDraft(draft.key, { expectedRevision: draft.revision });
      const back = props.published ?? props.initial;
      setDraft(null);
      setValue(back);
      setSaved(back);
      props.onMessage(t('Draft of {key} discarded.', { key: value.key }));
      props.onSaved?.();
    });
  };
  const publish = async (def: LocalizedDefinition) => {
    const result = await client.publish(def);
    // The version now holds these edits: the draft they came from is retired.
    if (draft) await client.discardDraft(draft.key).catch(() => false);
    setDraft(null);
    setSaved(def);
    dirtyRef.current = false;
    props.onMessage(
      t('Published {key} version {version}.', { key: result.key, version: result.version }),
    );
    props.onSaved?.();
    if (props.isNew) navigate('studio', result.key);
  };

  return (
    <>
      <div className="pg-studio-bar" role="group" aria-label={t('Draft')}>
        <span className="pg-muted" role="status">
          {dirty
            ? t('Unsaved changes')
            : draft
              ? t('Draft revision {revision}, saved by {who} {when}', {
                  revision: draft.revision,
                  who: nameOf(draft.savedBy),
                  when: formatDateTime(draft.savedAt),
                })
              : props.published
                ? t('Same as the live version')
                : t('Not published yet')}
        </span>
        <button
          type="button"
          className="pg-button"
          disabled={busy || !dirty}
          onClick={() => void saveDraft()}
        >
          {t('Save draft')}
        </button>
        {draft ? (
          <button type="button" className="pg-button" disabled={busy} onClick={discardDraft}>
            {t('Discard draft')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="pg-error" role="alert">
          <ErrorText error={describe(error)} />
        </p>
      ) : null}
      <div className="pg-studio-canvas">
        <WorkflowDesigner
          value={forDesigner(value)}
          onChange={edit}
          onPublish={publish}
          directory={directory}
          workflows={workflows.data ?? []}
          calendars={Object.keys(settings.calendars)}
          rotas={organisation.rotas.map((r) => r.id)}
          handlers={Object.keys(demoHandlers)}
          height={720}
          {...(diff ? { diff } : {})}
        />
      </div>
    </>
  );
}
