import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { createTranslator } from '../../i18n/messages';
import { Pager } from './Pager';

const t = createTranslator();
const pages = ['c2', 'c3', 'c4'];

/** Four pages of results, walked with the pager's own buttons. */
function Pages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return (
    <div className="dk-dashboard">
      <Pager
        t={t}
        cursors={cursors}
        next={pages[cursors.length]}
        info={`48 tickets · page ${cursors.length + 1} of 4`}
        onChange={setCursors}
      />
    </div>
  );
}

const meta: Meta<typeof Pages> = { title: 'Widgets/Pager', component: Pages };
export default meta;
type Story = StoryObj<typeof Pages>;

export const FourPages: Story = {};
