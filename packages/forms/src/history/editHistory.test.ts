import type { FormDefinition } from '@deskkit/runtime';
import { createEditHistory } from './editHistory';

const form = (): FormDefinition => ({
  schema: { type: 'object', properties: { title: { type: 'string', title: 'Title' } } },
});

/** A clock the test moves by hand. */
function clock() {
  let at = 1_000;
  return { now: () => at, advance: (ms: number) => void (at += ms) };
}

describe('the editors’ one undo history', () => {
  it('merges typing with one key inside the window, and not past it or across keys', () => {
    const time = clock();
    const history = createEditHistory(form(), { now: time.now });
    history.edit((d) => void (d.schema.title = 'A'), 'title');
    time.advance(500);
    history.edit((d) => void (d.schema.title = 'AB'), 'title');
    time.advance(1_300);
    history.edit((d) => void (d.schema.title = 'ABC'), 'title');
    history.edit((d) => void (d.schema.description = 'x'), 'description');
    history.undo();
    expect(history.current().schema.description).toBeUndefined();
    history.undo();
    expect(history.current().schema.title).toBe('AB');
    history.undo();
    expect(history.current().schema.title).toBeUndefined();
    expect(history.getSnapshot()).toEqual({ canUndo: false, canRedo: true });
  });

  it('starts a new step for typing after an undo, and after a redo', () => {
    const time = clock();
    const history = createEditHistory(form(), { now: time.now });
    history.edit((d) => void (d.schema.title = 'A'), 'title');
    history.edit((d) => void (d.schema.title = 'AB'), 'title');
    history.undo();
    history.edit((d) => void (d.schema.title = 'X'), 'title');
    history.undo();
    expect(history.current().schema.title).toBeUndefined();
    expect(history.getSnapshot().canUndo).toBe(false);
    history.redo();
    history.edit((d) => void (d.schema.title = 'XY'), 'title');
    history.undo();
    expect(history.current().schema.title).toBe('X');
  });

  it('records nothing for an edit that changes nothing, and leaves the input untouched', () => {
    const before = form();
    const seen: FormDefinition[] = [];
    const history = createEditHistory(before);
    history.setOnChange((next) => seen.push(next));
    expect(history.edit(() => {})).toBe(before);
    expect(history.getSnapshot()).toEqual({ canUndo: false, canRedo: false });
    const next = history.edit((d) => void (d.schema.title = 'T'));
    expect(next).not.toBe(before);
    expect(before.schema.title).toBeUndefined();
    expect(next.schema.properties).toBe(before.schema.properties);
    expect(seen).toEqual([next]);
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const history = createEditHistory({ n: 0 }, { limit: 3 });
    for (let i = 1; i <= 5; i++) history.edit((d) => void (d.n = i));
    for (let i = 0; i < 5; i++) history.undo();
    expect(history.current()).toEqual({ n: 2 });
  });

  it('takes a recipe that returns a whole new document, and replaces as one step', () => {
    const history = createEditHistory<{ a?: number; b?: number }>({ a: 1 });
    history.edit(() => ({ b: 2 }));
    expect(history.current()).toEqual({ b: 2 });
    history.replace({ a: 3 });
    expect(history.current()).toEqual({ a: 3 });
    history.undo();
    expect(history.current()).toEqual({ b: 2 });
    history.undo();
    expect(history.current()).toEqual({ a: 1 });
  });

  it('tells subscribers only when undo or redo becomes possible or impossible', () => {
    const history = createEditHistory({ n: 0 });
    let calls = 0;
    const stop = history.subscribe(() => calls++);
    history.edit((d) => void (d.n = 1));
    history.edit((d) => void (d.n = 2));
    expect(calls).toBe(1);
    history.undo();
    expect(calls).toBe(2);
    stop();
    history.undo();
    expect(calls).toBe(2);
  });
});
