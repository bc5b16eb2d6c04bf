import { createI18n } from '@deskkit/runtime/i18n';
import { createTranslator } from '../i18n/messages';
import type { WidgetContext } from '../registry/widget.types';
import { fixtureDataSource } from './fixtures';

const dataSource = fixtureDataSource();

/** A widget context for the bar alone (only translation and the directory are used). */
export const storyContext: WidgetContext = {
  t: createTranslator(),
  i18n: { ...createI18n({ locale: 'en', timeZone: 'UTC' }), messages: {} },
  user: 'sam',
  now: new Date('2026-11-23T10:00:00Z'),
  dataSource,
  openTicket: () => undefined,
  ticketHref: () => undefined,
  openTicketList: () => undefined,
  ticketListHref: () => undefined,
  userName: (id) => id,
  groupName: (id) => id,
  departmentName: (id) => id,
  workflowName: (key) => key,
};
