import type { Preview } from '@storybook/react-vite';
import '@deskkit/forms/style.css';
import '@deskkit/designer/style.css';
import '@deskkit/widgets/style.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};
export default preview;
