/**
 * The one keyboard map of Deskkit's editors (the form builder and the workflow designer): which
 * key press names which editing command. Each editor dispatches a key press through
 * {@link dispatchEditorKey} with the commands it offers; the innermost editor that runs a command
 * marks the event handled (`preventDefault`), and an outer editor does not act on a handled event,
 * so a key press inside the designer's Form tab does one thing, once.
 */

/** An editing command a shortcut can run. */
export type EditorCommand =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'delete'
  | 'deselect'
  | 'moveUp'
  | 'moveDown';

/** One shortcut: a key (as `KeyboardEvent.key`, lower case) and its modifiers. */
export interface EditorShortcut {
  command: EditorCommand;
  key: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** The shortcut as `aria-keyshortcuts` spells it. */
  aria: string;
}

/** Every shortcut of the editors. The first one of a command is the one buttons announce. */
export const EDITOR_SHORTCUTS: readonly EditorShortcut[] = [
  { command: 'undo', key: 'z', mod: true, aria: 'Control+Z' },
  { command: 'redo', key: 'z', mod: true, shift: true, aria: 'Control+Shift+Z' },
  { command: 'redo', key: 'y', mod: true, aria: 'Control+Y' },
  { command: 'copy', key: 'c', mod: true, aria: 'Control+C' },
  { command: 'paste', key: 'v', mod: true, aria: 'Control+V' },
  { command: 'duplicate', key: 'd', mod: true, aria: 'Control+D' },
  { command: 'selectAll', key: 'a', mod: true, aria: 'Control+A' },
  { command: 'delete', key: 'delete', aria: 'Delete' },
  { command: 'delete', key: 'backspace', aria: 'Backspace' },
  { command: 'deselect', key: 'escape', aria: 'Escape' },
  { command: 'moveUp', key: 'arrowup', alt: true, aria: 'Alt+ArrowUp' },
  { command: 'moveDown', key: 'arrowdown', alt: true, aria: 'Alt+ArrowDown' },
];

/** The parts of a keyboard event the map reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press names, if any. */
export function commandOfKey(e: KeyPress): EditorCommand | undefined {
  const key = e.key.toLowerCase();
  const mod = e.ctrlKey || e.metaKey;
  return EDITOR_SHORTCUTS.find(
    (s) =>
      s.key === key &&
      Boolean(s.mod) === mod &&
      Boolean(s.shift) === e.shiftKey &&
      Boolean(s.alt) === e.altKey,
  )?.command;
}

/** The `aria-keyshortcuts` of a command (its shortcuts, space separated). */
export function shortcutsOf(command: EditorCommand): string {
  return EDITOR_SHORTCUTS.filter((s) => s.command === command)
    .map((s) => s.aria)
    .join(' ');
}

/** True when the key press goes to a form control: it keeps its own keys (Backspace, arrows). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable;
}

/** A command's action; returning `false` leaves the key press to others (nothing was done). */
export type CommandHandler = () => void | boolean;

/** The key press as an editor receives it (a React or DOM keyboard event). */
export interface EditorKeyEvent extends KeyPress {
  target: EventTarget | null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/**
 * Runs the command a key press names, when this editor offers it: at most once per key press,
 * whichever editors it bubbles through. Returns the command run, or undefined.
 *
 * Key presses into text inputs are left to the input, except the commands in `whileTyping` (the
 * form builder's Undo works from its inspector's inputs).
 */
export function dispatchEditorKey(
  e: EditorKeyEvent,
  handlers: Partial<Record<EditorCommand, CommandHandler>>,
  options: { whileTyping?: readonly EditorCommand[] } = {},
): EditorCommand | undefined {
  if (e.defaultPrevented) return undefined;
  const command = commandOfKey(e);
  if (!command) return undefined;
  const handler = handlers[command];
  if (!handler) return undefined;
  if (isTypingTarget(e.target) && !options.whileTyping?.includes(command)) return undefined;
  if (handler() === false) return undefined;
  e.preventDefault();
  return command;
}
