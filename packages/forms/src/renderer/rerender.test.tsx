import type { FormDefinition, JsonSchema } from '@deskkit/runtime';
import { act, fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { defaultWidgets } from '../widgets/registry';
import type { DeskWidgetProps } from '../widgets/base';
import { FormRenderer } from './FormRenderer';

const renders = new Map<string, number>();
const Text = defaultWidgets.text as (props: DeskWidgetProps) => ReactElement;
/** The built-in text widget, counting its renders per field. */
function CountingText(props: DeskWidgetProps): ReactElement {
  renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
  return <Text {...props} />;
}
const widgets = { text: CountingText };

function bigForm(n: number): FormDefinition {
  const properties: Record<string, JsonSchema> = {};
  for (let i = 0; i < n; i++) properties[`f${i}`] = { type: 'string', title: `Field ${i}` };
  return {
    schema: { type: 'object', properties },
    rules: [{ field: 'f2', visible: "f1 != 'hide'" }],
  };
}

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('re-rendering (rjsf issue 3715)', () => {
  beforeEach(() => renders.clear());

  it('re-renders only the edited field of a 300-field form on a keystroke', async () => {
    render(<FormRenderer form={bigForm(300)} widgets={widgets} id="big" />);
    await flush();
    expect(renders.size).toBe(300);
    renders.clear();
    fireEvent.change(document.getElementById('big_f150') as HTMLElement, {
      target: { value: 'x' },
    });
    await flush();
    expect([...renders.keys()]).toEqual(['big_f150']);
  });

  it('re-renders only the edited field in controlled mode too', async () => {
    const form = bigForm(300);
    const onChange = vi.fn();
    const { rerender } = render(
      <FormRenderer form={form} widgets={widgets} id="big" value={{}} onChange={onChange} />,
    );
    await flush();
    renders.clear();
    fireEvent.change(document.getElementById('big_f7') as HTMLElement, { target: { value: 'y' } });
    expect(onChange).toHaveBeenLastCalledWith({ f7: 'y' }, { field: 'f7' });
    // The host stores the value and renders again, with new inline objects as hosts do.
    rerender(
      <FormRenderer
        form={form}
        widgets={widgets}
        id="big"
        value={{ f7: 'y' }}
        onChange={onChange}
        permissions={{}}
        bindings={{ actor: { id: 'ann' } }}
        dataSources={{}}
      />,
    );
    await flush();
    expect([...renders.keys()]).toEqual(['big_f7']);
  });

  it('re-renders a field whose rule state changes, and no other', async () => {
    render(<FormRenderer form={bigForm(300)} widgets={widgets} id="big" />);
    await flush();
    renders.clear();
    fireEvent.change(document.getElementById('big_f1') as HTMLElement, {
      target: { value: 'hide' },
    });
    await flush();
    expect(document.getElementById('big_f2')).toBeNull();
    expect([...renders.keys()]).toEqual(['big_f1']);
    fireEvent.change(document.getElementById('big_f1') as HTMLElement, {
      target: { value: 'show' },
    });
    await flush();
    expect([...renders.keys()].sort()).toEqual(['big_f1', 'big_f2']);
  });
});
