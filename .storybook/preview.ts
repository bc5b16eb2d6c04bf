import { DeskkitI18nProvider } from '@deskkit/forms';
import type { Preview } from '@storybook/react-vite';
import { createElement } from 'react';
import '@deskkit/forms/style.css';
import '@deskkit/designer/style.css';
import '@deskkit/widgets/style.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  // One switch for every story: the language (en / zh-CN) of the kit's translation layer. Stories
  // keep one desk time zone, so the dates they show do not depend on the viewer's machine.
  globalTypes: {
    locale: {
      description: 'Language of the Deskkit components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    // createElement, not JSX: this file is also loaded by the story tests, outside any tsconfig.
    (Story, context) =>
      createElement(
        DeskkitI18nProvider,
        {
          locale: String(context.globals.locale ?? 'en'),
          timeZone: String(context.parameters.timeZone ?? 'Asia/Shanghai'),
        },
        createElement(Story),
      ),
  ],
};
export default preview;
