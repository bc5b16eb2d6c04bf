import { useMemo } from 'react';
import { Dashboard, type DashboardProps } from '../dashboard/Dashboard';
import type { DashboardDataSource } from '../data/dataSource.types';
import type { WidgetInstance } from '../model/dashboard.types';
import { fixtureDataSource } from './fixtures';

/** Props of {@link SingleWidget}. */
export type SingleWidgetProps = Partial<
  Omit<DashboardProps, 'value' | 'library' | 'dataSource'>
> & {
  instance: WidgetInstance;
  dataSource?: DashboardDataSource;
  w?: number;
  h?: number;
};

/** A dashboard holding one widget: how stories and tests show a widget on its own. */
export function SingleWidget({ instance, dataSource, w = 12, h = 8, ...rest }: SingleWidgetProps) {
  const fallback = useMemo(() => fixtureDataSource(), []);
  const value = useMemo(
    () => ({
      id: 'single',
      name: instance.title ?? instance.type,
      items: [{ i: 'w', widget: 'w' }],
      layouts: { lg: [{ i: 'w', x: 0, y: 0, w, h }] },
    }),
    [instance, w, h],
  );
  return (
    <Dashboard
      value={value}
      library={{ w: instance }}
      dataSource={dataSource ?? fallback}
      user="sam"
      className="dk-dashboard--single"
      {...rest}
    />
  );
}
