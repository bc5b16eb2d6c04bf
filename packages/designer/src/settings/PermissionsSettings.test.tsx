import type { WorkflowDefinition } from '@deskkit/runtime';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { produce } from 'immer';
import { useEffect, useState } from 'react';
import { demoDirectory, itsmChangeDefinition } from '../fixtures/definitions';
import { showText } from '@deskkit/forms';
import { createTranslator } from '../i18n/messages';
import type { InspectorEnv } from '../inspector/inspector.types';
import { PermissionsSettings } from './PermissionsSettings';

function Harness(props: { initial: WorkflowDefinition; onChange(def: WorkflowDefinition): void }) {
  const [def, setDef] = useState(props.initial);
  const { onChange } = props;
  useEffect(() => {
    onChange(def);
  }, [def, onChange]);
  const env: InspectorEnv = {
    def,
    edit: (recipe) => setDef((d) => produce(d, recipe)),
    text: showText('en'),
    t: createTranslator(),
    fields: [],
    listId: 'test',
    directory: demoDirectory,
  };
  return <PermissionsSettings env={env} />;
}

describe('<PermissionsSettings>', () => {
  it('edits the dispatchers (permissions.assign) and who sees every ticket', async () => {
    const user = userEvent.setup();
    const initial = { ...itsmChangeDefinition(), permissions: { start: [{ role: 'employee' }] } };
    const seen = { value: initial as WorkflowDefinition };
    render(<Harness initial={initial} onChange={(d) => (seen.value = d)} />);

    const dispatchers = screen.getByRole('group', { name: 'Dispatchers' });
    expect(dispatchers.parentElement).toHaveTextContent(
      'may assign or reassign any open work, not only work they hold',
    );
    await user.type(within(dispatchers).getByRole('combobox', { name: 'Search Group' }), 'change');
    await user.click(await within(dispatchers).findByRole('option', { name: /Change managers/ }));
    expect(seen.value.permissions).toEqual({
      start: [{ role: 'employee' }],
      assign: [{ group: 'change-managers' }],
    });

    const viewers = screen.getByRole('group', { name: 'Who sees every ticket (desk side)' });
    await user.selectOptions(within(viewers).getByLabelText('Kind'), 'user');
    await user.type(within(viewers).getByRole('combobox', { name: 'Search User' }), 'car');
    await user.click(await within(viewers).findByRole('option', { name: /Carol Diaz/ }));
    expect(seen.value.permissions?.view).toEqual([{ user: 'carol' }]);

    // Removing the last dispatcher leaves no empty list behind.
    await user.click(within(dispatchers).getByRole('button', { name: /Remove Change managers/ }));
    expect(seen.value.permissions).toEqual({
      start: [{ role: 'employee' }],
      view: [{ user: 'carol' }],
    });
  });
});
