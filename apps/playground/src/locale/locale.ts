import { setMessages } from '../i18n';
import { playgroundEn } from './en';
import { playgroundZhCN } from './zh-CN';

/** The languages the playground offers. */
export const LOCALES = [
  { id: 'en', label: 'English' },
  { id: 'zh-CN', label: '简体中文' },
] as const;

/** A language the playground offers. */
export type PlaygroundLocale = (typeof LOCALES)[number]['id'];

/** The desk's one time zone: every date on every page and in every component is shown in it. */
export const DESK_TIME_ZONE = 'Europe/Paris';

const STORAGE_KEY = 'deskkit.playground.locale';
const listeners = new Set<() => void>();

function stored(): PlaygroundLocale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'zh-CN' ? 'zh-CN' : 'en';
  } catch {
    return 'en';
  }
}

let current: PlaygroundLocale = stored();
setMessages(current === 'zh-CN' ? playgroundZhCN : playgroundEn, current);

/** The chosen language (kept in this browser). */
export function getLocale(): PlaygroundLocale {
  return current;
}

/** The locale dates are written in: British English (24-hour, day first) or Chinese. */
export function dateLocale(): string {
  return current === 'zh-CN' ? 'zh-CN' : 'en-GB';
}

/** Switches the language of the whole desk and remembers it in this browser. */
export function setLocale(next: PlaygroundLocale): void {
  if (next === current) return;
  current = next;
  setMessages(next === 'zh-CN' ? playgroundZhCN : playgroundEn, next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
}

/** Subscribes to language changes (for `useSyncExternalStore`). */
export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
