import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Desk } from './desk';
import { DeskProvider } from './DeskContext';
import { memoryPersistence, type DeskPersistence } from './persistence';
import { freshDesk } from './testing';

/** Tests only: renders `ui` inside a fresh demo desk acting as `user`. */
export async function renderDesk(
  ui: ReactNode,
  options: { user?: string; persistence?: DeskPersistence; desk?: Desk } = {},
): Promise<RenderResult & { desk: Desk }> {
  const persistence = options.persistence ?? memoryPersistence();
  const desk = options.desk ?? (await freshDesk(persistence));
  const result = render(
    <DeskProvider desk={desk} persistence={persistence} initialUser={options.user ?? 'ada'}>
      {ui}
    </DeskProvider>,
  );
  return { ...result, desk };
}
