import type { FormDefinition as Plain, LocalizedText } from '@deskkit/runtime';

type FormDefinition = Plain<LocalizedText>;
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FormBuilder } from './FormBuilder';

/**
 * jsdom lays nothing out, and dnd-kit's keyboard sensor moves by the rects of the items: give each
 * canvas item a 40px slot in document order (and each list the box around its items), as a
 * browser would for a vertical list.
 */
function layOutCanvas(): () => void {
  const original = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function rect(this: Element): DOMRect {
    const nodes = [...document.querySelectorAll('.dk-node:not(.dk-node--overlay)')];
    const box = (top: number, height: number): DOMRect =>
      ({
        x: 0,
        y: top,
        top,
        left: 0,
        width: 400,
        height,
        right: 400,
        bottom: top + height,
        toJSON: () => ({}),
      }) as DOMRect;
    const index = nodes.indexOf(this);
    if (index >= 0) return box(index * 50, 40);
    if (this.classList.contains('dk-canvas__list')) {
      const inside = nodes.filter((n) => this.contains(n)).map((n) => nodes.indexOf(n));
      const first = Math.min(...inside, nodes.length);
      return box(first * 50 - 5, Math.max(1, inside.length) * 50);
    }
    return original.call(this);
  };
  return () => {
    Element.prototype.getBoundingClientRect = original;
  };
}

function Host({ spy }: { spy: (f: FormDefinition) => void }) {
  const [form, setForm] = useState<FormDefinition>({ schema: { type: 'object', properties: {} } });
  return (
    <FormBuilder
      value={form}
      onChange={(f) => {
        setForm(f);
        spy(f);
      }}
    />
  );
}

const order = (form: FormDefinition | undefined): string[] =>
  (form?.ui?.layout ?? []).map((n) => (n.type === 'field' ? n.field : n.type));

describe('FormBuilder with the keyboard only', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = layOutCanvas();
  });
  afterEach(() => restore());

  it('adds fields from the palette, reorders them with the drag handle, edits and deletes', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Host spy={spy} />);
    const last = (): FormDefinition | undefined => spy.mock.lastCall?.[0] as FormDefinition;
    /** Presses Tab (Shift+Tab backwards) until `target` has focus, as a person would. */
    const tabTo = async (target: HTMLElement, backwards = false): Promise<void> => {
      for (let i = 0; i < 300 && document.activeElement !== target; i++) {
        await user.tab({ shift: backwards });
      }
      expect(target).toHaveFocus();
    };

    // Add three fields: Tab to each palette button, Enter.
    for (const type of ['Text', 'Number', 'Email']) {
      await tabTo(screen.getByRole('button', { name: `Add ${type}` }));
      await user.keyboard('{Enter}');
    }
    expect(order(last())).toEqual(['text1', 'number1', 'email1']);

    // dnd-kit's keyboard sensor: Space picks Email up, ↑ ↑ moves it, Space drops it first.
    const handle = screen.getByRole('button', { name: 'Drag Email' });
    // The handle is described by the (translatable) keyboard instructions.
    expect(handle).toHaveAccessibleDescription(/press Space or Enter to pick it up/);
    await tabTo(handle, true);
    await user.keyboard('[Space]');
    // dnd-kit's live region speaks our (translatable) announcements.
    const live = (): string => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
    expect(live()).toMatch(/^(Picked up Email\.|Email is over .+\.)$/);
    await user.keyboard('[ArrowUp]');
    await user.keyboard('[ArrowUp]');
    await user.keyboard('[Space]');
    expect(order(last())).toEqual(['email1', 'text1', 'number1']);
    expect(live()).toMatch(/^Email was dropped at .+\.$/);

    // Escape cancels a move.
    await tabTo(screen.getByRole('button', { name: 'Drag Number' }));
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowUp]');
    await user.keyboard('{Escape}');
    expect(order(last())).toEqual(['email1', 'text1', 'number1']);
    expect(live()).toBe('Moving Number was cancelled; it stays where it was.');

    // Select Email and edit its properties in the inspector.
    await tabTo(screen.getByRole('button', { name: 'Select Email' }), true);
    await user.keyboard('{Enter}');
    await tabTo(screen.getByRole('textbox', { name: 'Label' }));
    await user.keyboard('{Control>}a{/Control}Work email');
    await tabTo(screen.getByRole('textbox', { name: 'Key' }));
    await user.keyboard('{Control>}a{/Control}workEmail{Enter}');
    await tabTo(screen.getByRole('checkbox', { name: 'Required' }));
    await user.keyboard(' ');
    expect(last()?.schema.properties?.workEmail).toMatchObject({
      format: 'email',
      title: 'Work email',
    });
    expect(last()?.schema.required).toEqual(['workEmail']);

    // Delete the number field with its delete button.
    await tabTo(screen.getByRole('button', { name: 'Delete Number' }), true);
    await user.keyboard('{Enter}');
    expect(order(last())).toEqual(['workEmail', 'text1']);
    // Focus stays in the canvas, on the item before the deleted one.
    expect(screen.getByRole('button', { name: 'Select Text' })).toHaveFocus();
    expect(Object.keys(last()?.schema.properties ?? {}).sort()).toEqual(['text1', 'workEmail']);

    // And undo it with Ctrl+Z.
    await user.keyboard('{Control>}z{/Control}');
    expect(order(last())).toEqual(['workEmail', 'text1', 'number1']);
    // Many Tab presses: slow on a busy machine.
  }, 60_000);
});
