import type { ChangeCollisionQuery } from '@deskkit/runtime';

/**
 * Where the demo's changes keep their planned window and the configuration item they touch: the
 * change calendar flags overlaps with these fields, and the change form asks the runtime
 * (`client.changeCollisions`) for them before it is submitted.
 */
export const changeWindows: Record<string, Pick<ChangeCollisionQuery, 'workflows' | 'fields'>> = {
  'change-request': {
    workflows: ['change-request'],
    fields: { start: 'plannedStart', end: 'plannedEnd', target: 'target' },
  },
};
