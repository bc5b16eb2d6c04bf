import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { tabPorts } from './browserHost';
import type { Desk } from './desk';
import { DeskProvider, loadSnapshot } from './DeskContext';
import type { DeskPorts } from './host';
import { freshDesk } from './testing';

/** Tests only: renders `ui` inside a fresh demo desk (in this process), signed in as `user`. */
export async function renderDesk(
  ui: ReactNode,
  options: { user?: string; desk?: Desk } = {},
): Promise<RenderResult & { desk: Desk; ports: DeskPorts }> {
  const desk = options.desk ?? (await freshDesk());
  const ports = tabPorts(desk, options.user ?? 'ada', async () => {});
  const initial = await loadSnapshot(ports.system);
  const result = render(
    <DeskProvider client={ports.client} system={ports.system} initial={initial}>
      {ui}
    </DeskProvider>,
  );
  return { ...result, desk, ports };
}
