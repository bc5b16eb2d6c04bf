import type DOMPurify from 'dompurify';
import type { ReactElement } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { DeskWidgetProps } from './base';
import { controlClass, widgetContext } from './base';
import { Icon } from '../icons';

const ALLOWED = {
  ALLOWED_TAGS: ['b', 'strong', 'i', 'em', 'u', 'p', 'br', 'ul', 'ol', 'li', 'a', 'div', 'span'],
  ALLOWED_ATTR: ['href', 'target', 'rel'],
};

type Purifier = typeof DOMPurify;
let purifier: Purifier | null = null;
let loading: Promise<Purifier> | null = null;
/**
 * DOMPurify, loaded and set up on first use: importing it builds its sanitizer at once (tens of
 * milliseconds on a loaded machine), which pages that show no rich text never need.
 */
function loadPurifier(): Promise<Purifier> {
  loading ??= import('dompurify').then((m) => (purifier = m.default));
  return loading;
}

/**
 * Sanitizes rich-text HTML to the small set of tags the editor produces (DOMPurify, loaded on the
 * first call).
 */
export async function sanitizeRichText(html: string): Promise<string> {
  return (await loadPurifier()).sanitize(html, ALLOWED);
}

const COMMANDS = [
  { command: 'bold', label: 'rich.bold', glyph: 'B' },
  { command: 'italic', label: 'rich.italic', glyph: 'I' },
  { command: 'underline', label: 'rich.underline', glyph: 'U' },
  { command: 'insertUnorderedList', label: 'rich.bullets', glyph: '•' },
  { command: 'insertOrderedList', label: 'rich.numbers', glyph: '1.' },
] as const;

/**
 * Light rich text (bold, italic, underline, lists, links) on a `contentEditable` element; the
 * value is sanitized HTML. Read-only shows the sanitized HTML.
 */
export function RichTextWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, placeholder } = props;
  const { t, describedBy, invalid, labelId } = widgetContext(props);
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef<string | undefined>(undefined);
  const html = typeof value === 'string' ? value : '';
  // The sanitizer loads on the first rich-text field; until then the field shows nothing and is
  // not editable (a moment, once per page).
  const [purify, setPurify] = useState(() => purifier);
  useEffect(() => {
    if (purify) return;
    let live = true;
    void loadPurifier().then((p) => live && setPurify(() => p));
    return () => {
      live = false;
    };
  }, [purify]);

  // Only write the DOM when the value came from outside, so the caret stays where it is.
  useEffect(() => {
    const el = ref.current;
    if (el && purify && html !== last.current) {
      el.innerHTML = purify.sanitize(html, ALLOWED);
      last.current = html;
    }
  }, [html, purify]);

  const locked = Boolean(disabled || readonly);
  const emit = (): void => {
    const el = ref.current;
    if (!el || !purify) return;
    const clean = purify.sanitize(el.innerHTML, ALLOWED);
    const text = el.textContent?.trim() ?? '';
    last.current = text === '' ? undefined : clean;
    onChange(text === '' ? undefined : clean);
  };
  const run = (command: string, arg?: string): void => {
    ref.current?.focus();
    // execCommand is deprecated but still the only built-in editing command set; kept for lightness.
    document.execCommand(command, false, arg);
    emit();
  };

  return (
    <div className={controlClass('dk-rich', invalid)}>
      {!locked && (
        <div className="dk-rich__toolbar" role="toolbar" aria-label={t('rich.bold')}>
          {COMMANDS.map((c) => (
            <button
              key={c.command}
              type="button"
              className="dk-icon-button"
              aria-label={t(c.label)}
              title={t(c.label)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(c.command)}
            >
              {/* Drawn by CSS: the visible text is then the name alone (WCAG 2.5.3). */}
              <span className="dk-glyph" aria-hidden="true" data-glyph={c.glyph} />
            </button>
          ))}
          <button
            type="button"
            className="dk-icon-button"
            aria-label={t('rich.link')}
            title={t('rich.link')}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              const url = window.prompt(t('rich.linkPrompt'), 'https://');
              if (url && /^(https?:|mailto:)/i.test(url)) run('createLink', url);
            }}
          >
            <Icon name="link" />
          </button>
        </div>
      )}
      <div
        ref={ref}
        id={id}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-readonly={locked || undefined}
        aria-placeholder={placeholder || undefined}
        tabIndex={0}
        className="dk-rich__content"
        contentEditable={!locked && !!purify}
        suppressContentEditableWarning
        data-placeholder={placeholder || undefined}
        onInput={emit}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
    </div>
  );
}
