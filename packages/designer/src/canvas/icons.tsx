import type { NodeType } from '@deskkit/runtime';
import type { ReactElement } from 'react';

const paths: Record<NodeType | 'warning' | 'error' | 'check' | 'clock', ReactElement> = {
  start: <path d="M8 5v14l11-7z" />,
  end: <rect x="6" y="6" width="12" height="12" rx="2" />,
  task: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 4-6 8-6s8 2 8 6" />
    </>
  ),
  approval: (
    <>
      <path d="M9 12l2 2 4-4" />
      <path d="M12 3l7 3v6c0 5-3.5 8-7 9-3.5-1-7-4-7-9V6z" />
    </>
  ),
  exclusive: (
    <>
      <path d="M7 7l10 10" />
      <path d="M17 7L7 17" />
    </>
  ),
  parallel: (
    <>
      <path d="M12 5v14" />
      <path d="M5 12h14" />
    </>
  ),
  subworkflow: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M12 9v6M9 12h6" />
    </>
  ),
  automation: <path d="M13 2L4 14h7l-1 8 9-12h-7z" />,
  timer: (
    <>
      <circle cx="12" cy="13" r="8" />
      <path d="M12 9v4l2 2M10 2h4" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3l10 18H2z" />
      <path d="M12 10v4M12 17.5v.5" />
    </>
  ),
  error: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v6M12 16.5v.5" />
    </>
  ),
  check: <path d="M5 12l5 5L20 7" />,
};

/** Name of a built-in icon. */
export type IconName = keyof typeof paths;

/** A small stroke icon; decorative (hidden from screen readers) — the text next to it is the label. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="dk-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
