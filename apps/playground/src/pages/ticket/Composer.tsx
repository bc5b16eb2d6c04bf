import { useId, useState } from 'react';
import { t } from '../../i18n';
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
  /** Sends the text: a public reply, or with `internal` a work note. */
  onSend(input: { text: string; internal: boolean }): Promise<boolean>;
}

/**
 * The ticket's composer: a public reply (the requester and watchers see it) or, for the desk side,
 * an internal work note, each in its own clearly marked tab.
 */
export function Composer(props: ComposerProps) {
  const [mode, setMode] = useState<ComposerMode>('reply');
  const [note, setNote] = useState('');
  const id = useId();
  if (!props.mayReply && !props.mayNote) return null;
  const current: ComposerMode = props.mayNote ? (props.mayReply ? mode : 'note') : 'reply';
  const internal = current === 'note';
  const text = internal ? note : props.reply;
  const setText = internal ? setNote : props.onReplyChange;
  const send = async () => {
    if (await props.onSend({ text: text.trim(), internal })) setText('');
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
          onChange={(e) => setText(e.target.value)}
          placeholder={
            internal
              ? t('Findings, next steps, anything the requester should not read')
              : t('Write to the requester and the people following this ticket')
          }
        />
        <div className="pg-actions-bar">
          <button
            type="button"
            className={`pg-button ${internal ? 'pg-button-note' : 'pg-button-primary'}`}
            disabled={props.busy || !text.trim()}
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
