import type { DeskClient, RuntimeEvent } from '@deskkit/runtime';
import type { Desk } from './desk';
import { getLocale } from '../locale/locale';

/**
 * `runtime.client(actor)` of the desk's current runtime, for the in-browser mode. The desk builds
 * a new runtime when an admin changes a calendar or the directory, so every call asks the current
 * one, and subscriptions move to the new runtime with it.
 */
export function localClient(desk: Desk, actor: string): DeskClient {
  // Texts a definition writes per locale come back in the desk's language, read at each call.
  const current = () => desk.runtime.client(actor, { locale: getLocale() });
  return {
    actor,
    catalog: () => current().catalog(),
    startTicket: (input) => current().startTicket(input),
    act: (input) => current().act(input),
    relate: (input) => current().relate(input),
    bulkAct: (input) => current().bulkAct(input),
    viewTicket: (id) => current().viewTicket(id),
    tasks: (filter) => current().tasks(filter),
    listTickets: (query) => current().listTickets(query),
    exportTickets: (input) => current().exportTickets(input),
    changeCollisions: (query) => current().changeCollisions(query),
    listViews: () => current().listViews(),
    saveView: (view) => current().saveView(view),
    deleteView: (id) => current().deleteView(id),
    listReportSubscriptions: (query) => current().listReportSubscriptions(query),
    saveReportSubscription: (input) => current().saveReportSubscription(input),
    deleteReportSubscription: (id) => current().deleteReportSubscription(id),
    aggregate: (query) => current().aggregate(query),
    history: (id) => current().history(id),
    getDefinition: (key, version) => current().getDefinition(key, version),
    publish: (def) => current().publish(def),
    versions: (key) => current().versions(key),
    diffVersions: (key, from, to) => current().diffVersions(key, from, to),
    studioWorkflows: () => current().studioWorkflows(),
    listDrafts: () => current().listDrafts(),
    getDraft: (key) => current().getDraft(key),
    saveDraft: (def, options) => current().saveDraft(def, options),
    discardDraft: (key, options) => current().discardDraft(key, options),
    rollback: (key, version) => current().rollback(key, version),
    migrateTickets: (input) => current().migrateTickets(input),
    eventsSince: (cursor, limit) => current().eventsSince(cursor, limit),
    notifications: (query) => current().notifications(query),
    markNotificationsRead: (ids) => current().markNotificationsRead(ids),
    markAllNotificationsRead: () => current().markAllNotificationsRead(),
    notificationPreferences: () => current().notificationPreferences(),
    setNotificationPreferences: (prefs) => current().setNotificationPreferences(prefs),
    subscribe(listener: (event: RuntimeEvent) => void) {
      let off = current().subscribe(listener);
      const offDesk = desk.subscribe((event) => {
        if (event !== null) return;
        off();
        off = current().subscribe(listener);
      });
      return () => {
        offDesk();
        off();
      };
    },
  };
}
