import type { CommentAttachment } from '@deskkit/runtime';
import { useId, useState } from 'react';
import { t } from '../../i18n';
import { useDescribeError } from '../../ui/errors';
import '../../ui/lifecycle.css';

export type ComposerMode = 'reply' | 'note';

export interface ComposerProps {
  /** The user may comment on the ticket (the view offers `comment`). */
  mayReply: boolean;
  /** The user is on the ticket's desk side (`view.deskSide`): they may write internal work notes. */
  mayNote: boolean;
  /** The draft reply (kept by the page: an action such as approve takes it along as its comment). */
  reply: string;
  onReplyChange(text: string): void;
  busy?: boolean;
  /** People `@` completes (the directory as the user reads it); without it, no completion. */
  people?: ReadonlyArray<{ id: string; name?: string | undefined }>;
  /** Stores a file in the host's store and answers its metadata; without it, no files. */
  upload?(file: File): Promise<CommentAttachment>;
  /** Sends the text (and files): a public reply, or with `internal` a work note. */
  onSend(input: {
    text: string;
    internal: boolean;
    attachments?: CommentAttachment[];
  }): Promise<boolean>;
}

/**
 * The ticket's composer: a public reply (the requester and watchers see it) or, for the desk side,
 * an internal work note, each in its own clearly marked tab.
 */
export function Composer(props: ComposerProps) {
  const [mode, setMode] = useState<ComposerMode>('reply');
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<CommentAttachment[]>([]);
  const describe = useDescribeError();
  const [fileError, setFileError] = useState('');
  // The `@word` being typed before the caret, and the highlighted suggestion.
  const [mention, setMention] = useState<{ query: string; at: number } | null>(null);
  const [pick, setPick] = useState(0);
  const id = useId();
  if (!props.mayReply && !props.mayNote) return null;
  const current: ComposerMode = props.mayNote ? (props.mayReply ? mode : 'note') : 'reply';
  const internal = current === 'note';
  const text = internal ? note : props.reply;
  const setText = internal ? setNote : props.onReplyChange;
  const suggestions = mention
    ? (props.people ?? [])
        .filter((p) =>
          `${p.id} ${p.name ?? ''}`.toLowerCase().includes(mention.query.toLowerCase()),
        )
        .slice(0, 6)
    : [];
  const track = (value: string, caret: number) => {
    const found = /(^|\s)@(\w*)$/.exec(value.slice(0, caret));
    setMention(found && props.people ? { query: found[2]!, at: caret - found[2]!.length } : null);
    setPick(0);
  };
  const complete = (id: string) => {
    if (!mention) return;
    const end = mention.at + mention.query.length;
    setText(`${text.slice(0, mention.at)}${id} ${text.slice(end)}`);
    setMention(null);
  };
  const send = async () => {
    const sent = await props.onSend({
      text: text.trim(),
      internal,
      ...(files.length ? { attachments: files } : {}),
    });
    if (sent) {
      setText('');
      setFiles([]);
    }
  };
  const attach = async (list: FileList | null) => {
    setFileError('');
    for (const file of list ? [...list] : []) {
      try {
        const stored = await props.upload!(file);
        setFiles((f) => [...f, stored]);
      } catch (e) {
        setFileError(describe(e).text);
      }
    }
  };
  const tabs: Array<{ mode: ComposerMode; label: string }> = [
    ...(props.mayReply ? [{ mode: 'reply' as const, label: t('Reply') }] : []),
    ...(props.mayNote ? [{ mode: 'note' as const, label: t('Internal note') }] : []),
  ];
  return (
    <div className="pg-composer" data-mode={current}>
      {tabs.length > 1 ? (
        <div className="pg-composer-tabs" role="tablist" aria-label={t('Write')}>
          {tabs.map((tab) => (
            <button
              key={tab.mode}
              type="button"
              role="tab"
              id={`${id}-${tab.mode}`}
              aria-selected={current === tab.mode}
              aria-controls={`${id}-panel`}
              data-mode={tab.mode}
              onClick={() => setMode(tab.mode)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      ) : null}
      <div
        className="pg-composer-panel"
        id={`${id}-panel`}
        {...(tabs.length > 1 ? { role: 'tabpanel', 'aria-labelledby': `${id}-${current}` } : {})}
      >
        <p className="pg-composer-audience" id={`${id}-audience`}>
          {internal
            ? t('Internal: only the people working on this ticket see it, never the requester.')
            : t('Public: the requester and everyone following the ticket see it.')}
        </p>
        <textarea
          className="pg-input pg-textarea"
          aria-label={internal ? t('Internal note') : t('Comment')}
          aria-describedby={`${id}-audience`}
          value={text}
          aria-autocomplete={props.people ? 'list' : undefined}
          aria-controls={suggestions.length ? `${id}-people` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            track(e.target.value, e.target.selectionStart);
          }}
          onKeyDown={(e) => {
            if (!suggestions.length) return;
            if (e.key === 'ArrowDown') setPick((i) => Math.min(i + 1, suggestions.length - 1));
            else if (e.key === 'ArrowUp') setPick((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter' || e.key === 'Tab') complete(suggestions[pick]!.id);
            else if (e.key === 'Escape') setMention(null);
            else return;
            e.preventDefault();
          }}
          placeholder={
            internal
              ? t('Findings, next steps, anything the requester should not read')
              : t('Write to the requester and the people following this ticket')
          }
        />
        {suggestions.length ? (
          <ul
            className="pg-combobox-list pg-mention-list"
            role="listbox"
            id={`${id}-people`}
            aria-label={t('People to mention')}
          >
            {suggestions.map((p, i) => (
              // The keyboard picks through the textarea (arrows, Enter).
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={p.id}
                role="option"
                aria-selected={i === pick}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => complete(p.id)}
              >
                {p.name ?? p.id} <span className="pg-muted">@{p.id}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {files.length ? (
          <ul className="pg-chips" aria-label={t('Attached files')}>
            {files.map((f) => (
              <li key={f.id} className="pg-person-chip">
                {f.name}
                <button
                  type="button"
                  aria-label={t('Remove {name}', { name: f.name })}
                  onClick={() => setFiles((all) => all.filter((x) => x.id !== f.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {fileError ? (
          <p className="pg-field-error" role="alert">
            {fileError}
          </p>
        ) : null}
        <div className="pg-actions-bar">
          {props.upload ? (
            <label className="pg-button pg-file-button">
              {t('Attach files')}
              <input
                type="file"
                multiple
                className="pg-sr-only"
                onChange={(e) => {
                  void attach(e.target.files);
                  e.target.value = '';
                }}
              />
            </label>
          ) : null}
          <button
            type="button"
            className={`pg-button ${internal ? 'pg-button-note' : 'pg-button-primary'}`}
            disabled={props.busy || (!text.trim() && files.length === 0)}
            data-action={internal ? 'note' : 'comment'}
            onClick={() => void send()}
          >
            {internal ? t('Add internal note') : t('Send reply')}
          </button>
        </div>
      </div>
    </div>
  );
}
