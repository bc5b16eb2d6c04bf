import type {
  AggregateDimension,
  AggregateMetric,
  AggregateQuery,
  SnapshotReport,
} from '@deskkit/runtime';
import type { DashboardDocument, WidgetLibrary } from '@deskkit/widgets';
import { t } from '../i18n';

type Config = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' && v > 0 ? Math.round(v) : undefined);
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function report(title: string, query: AggregateQuery, days: number | undefined): SnapshotReport {
  return { title, query, ...(days ? { days } : {}) };
}

function measure(c: Config): Pick<AggregateQuery, 'metric' | 'statistic' | 'time'> {
  return {
    metric: (str(c.metric) ?? 'count') as AggregateMetric,
    ...(str(c.statistic) ? { statistic: c.statistic as AggregateQuery['statistic'] } : {}),
    ...(str(c.time) ? { time: c.time as AggregateQuery['time'] } : {}),
  };
}

/**
 * The `aggregate` queries behind a dashboard's figures, as the reports of a snapshot e-mail: each
 * report widget's measure, breakdown and period (lists, calendars and to-dos have no figures to
 * mail and are left out). The widget titles name the reports.
 */
export function snapshotReports(doc: DashboardDocument, library: WidgetLibrary): SnapshotReport[] {
  const out: SnapshotReport[] = [];
  for (const item of doc.items) {
    const w = library[item.widget];
    if (!w) continue;
    const c = (w.config ?? {}) as Config;
    const title = w.title ?? item.widget;
    const days = num(c.days);
    switch (w.type) {
      case 'kpi':
        out.push(report(title, { groupBy: [], ...measure(c) }, days));
        break;
      case 'reportChart':
      case 'chart': {
        const dims = [str(c.dimension), str(c.series)].filter(Boolean) as AggregateDimension[];
        out.push(report(title, { groupBy: dims, ...measure(c) }, days));
        break;
      }
      case 'createdResolved': {
        const bucket = (str(c.bucket) ?? 'day') as AggregateDimension;
        out.push(
          report(t('{title}: created', { title }), { groupBy: [bucket], metric: 'created' }, days),
        );
        out.push(
          report(
            t('{title}: resolved', { title }),
            { groupBy: [bucket], metric: 'resolved' },
            days,
          ),
        );
        break;
      }
      case 'agentScorecard':
        out.push(report(title, { groupBy: ['agent'], metric: 'resolved' }, days));
        break;
      case 'backlogAgeing':
        out.push(report(title, { groupBy: ['priority'], metric: 'backlog' }, undefined));
        break;
      case 'counters': {
        const by = (str(c.by) ?? 'status') as AggregateDimension;
        const status = Array.isArray(c.status) ? (c.status as AggregateQuery['status']) : undefined;
        out.push(report(title, { groupBy: [by], ...(status ? { status } : {}) }, undefined));
        break;
      }
      default:
        break;
    }
  }
  return out;
}
