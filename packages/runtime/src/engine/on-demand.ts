/**
 * The code the runtime and its clients load on first use, as one module: app bundlers make it one
 * chunk, fetched by the first command (`act`, `relate`), studio call (drafts, versions, rollback,
 * migration) or client call that needs it (an actor's view of a definition, saved views, full-text
 * search, export, report subscriptions). One module on purpose: each entry point of a code-split
 * bundle cuts the code it shares with the main entry into more chunks, each compressed on its own
 * (with one lazy module per feature the main entry came in 19 files, whose gzip added up to 5 kB
 * more than the same code in one file).
 */
export { actCommand } from './actions';
export { relateCommand } from './relations';
export {
  discardDraft,
  getDraft,
  listDrafts,
  rollback,
  saveDraft,
  versionsOf,
} from './versions/drafts';
export { migrateTickets } from './versions/migrate';
export { definitionFor } from '../client/definitionFor';
export { viewsOf } from '../client/views';
export { searchAsUser } from '../client/search';
export { exportTable } from '../client/export';
export { studioWorkflows } from '../client/studio-workflows';
export { subscriptionsOf } from '../reports/store';
