import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** Props of {@link Dialog}. */
export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog inside the dashboard root (so it inherits the theme): focuses its first control,
 * keeps Tab inside, closes on Escape and gives focus back to where it was.
 */
export function Dialog({ title, onClose, children, footer, className }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? ref.current)?.focus();
    return () => previous?.focus?.();
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="dk-dialog__backdrop">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the dialog owns Escape and the Tab cycle inside it */}
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={['dk-dialog', className].filter(Boolean).join(' ')}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 className="dk-dialog__title" id={titleId}>
          {title}
        </h2>
        <div className="dk-dialog__body">{children}</div>
        {footer && <div className="dk-dialog__footer">{footer}</div>}
      </div>
    </div>
  );
}
