import type { EngineCore } from '../engine/engine.types';
import type { DeskClient } from '../engine/runtime.types';
import { NotFoundError } from '../errors/errors';
import type { ReportsExtension } from '../reports/extension';

type SubscriptionMethods = Pick<
  DeskClient,
  'listReportSubscriptions' | 'saveReportSubscription' | 'deleteReportSubscription'
>;

/**
 * The report-subscription half of `runtime.client(actor)`. The store loads on first use (it is
 * not in the main entry), and answers only where the runtime has the `reportSnapshots` extension:
 * without it nothing would send them.
 */
export function reportSubscriptions(core: EngineCore, actor: string): SubscriptionMethods {
  const store = async () => {
    const ext = core.extensions.find((e): e is ReportsExtension => e.name === 'reports');
    if (!ext) {
      throw new NotFoundError(
        'Report e-mails are not enabled on this desk: add reportSnapshots() of @deskkit/runtime/reports to the runtime extensions.',
      );
    }
    const { subscriptionsOf } = await import('../engine/on-demand');
    return subscriptionsOf(core, actor, ext.reportOptions);
  };
  return {
    listReportSubscriptions: async (query) => (await store()).list(query),
    saveReportSubscription: async (input) => (await store()).save(input),
    deleteReportSubscription: async (id) => (await store()).remove(id),
  };
}
