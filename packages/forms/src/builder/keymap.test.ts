import { commandOfKey, dispatchEditorKey, EDITOR_SHORTCUTS, shortcutsOf } from './keymap';

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('the editors’ keyboard map', () => {
  it('names one command per shortcut', () => {
    expect(commandOfKey(press('z', { ctrl: true }))).toBe('undo');
    expect(commandOfKey(press('Z', { meta: true, shift: true }))).toBe('redo');
    expect(commandOfKey(press('y', { ctrl: true }))).toBe('redo');
    expect(commandOfKey(press('d', { ctrl: true }))).toBe('duplicate');
    expect(commandOfKey(press('Delete'))).toBe('delete');
    expect(commandOfKey(press('Backspace'))).toBe('delete');
    expect(commandOfKey(press('ArrowUp', { alt: true }))).toBe('moveUp');
    expect(commandOfKey(press('ArrowUp'))).toBeUndefined();
    expect(commandOfKey(press('z'))).toBeUndefined();
    const keys = EDITOR_SHORTCUTS.map((s) => `${s.key}${s.mod}${s.shift}${s.alt}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(shortcutsOf('redo')).toBe('Control+Shift+Z Control+Y');
  });

  it('runs a command once, however many editors the key press bubbles through', () => {
    const inner = vi.fn();
    const outer = vi.fn();
    const event = {
      ...press('z', { ctrl: true }),
      target: null,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    expect(dispatchEditorKey(event, { undo: inner })).toBe('undo');
    expect(dispatchEditorKey(event, { undo: outer })).toBeUndefined();
    expect(inner).toHaveBeenCalledTimes(1);
    expect(outer).not.toHaveBeenCalled();
  });

  it('leaves text inputs their keys, except the commands allowed while typing', () => {
    const input = document.createElement('input');
    const make = (key: string, mods = {}) => ({
      ...press(key, mods),
      target: input,
      defaultPrevented: false,
      preventDefault: vi.fn(),
    });
    const remove = vi.fn();
    const undo = vi.fn();
    expect(dispatchEditorKey(make('Backspace'), { delete: remove })).toBeUndefined();
    expect(dispatchEditorKey(make('z', { ctrl: true }), { undo })).toBeUndefined();
    expect(dispatchEditorKey(make('z', { ctrl: true }), { undo }, { whileTyping: ['undo'] })).toBe(
      'undo',
    );
    expect(remove).not.toHaveBeenCalled();
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('does not claim a key press whose handler did nothing', () => {
    const event = {
      ...press('Delete'),
      target: null,
      defaultPrevented: false,
      preventDefault: vi.fn(),
    };
    expect(dispatchEditorKey(event, { delete: () => false })).toBeUndefined();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
