import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/On call',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

/** Who is on call now on two rotas, and the coming shifts. */
export const Default: Story = {
  args: {
    instance: {
      type: 'onCall',
      title: 'On call',
      config: {
        rotas: [
          { id: 'network-oncall', label: 'Network' },
          { id: 'desk-oncall', label: 'Service desk' },
        ],
        days: 7,
      },
    },
    w: 4,
    h: 11,
  },
};

export const Dark: Story = {
  args: { ...Default.args, theme: 'dark' },
  decorators: [onDarkPage],
};
