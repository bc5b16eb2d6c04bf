import type { TicketSchedule } from '@deskkit/runtime';

/**
 * Tickets the desk raises on its own: the team lead's weekly check of the backup reports, every
 * Monday at 09:00 Paris time, as a P4 incident in the service-desk queue.
 */
export const demoSchedules: TicketSchedule[] = [
  {
    id: 'weekly-backup-check',
    name: 'Weekly backup report check',
    workflow: 'incident',
    actor: 'lea',
    data: {
      summary: 'Weekly check: review the backup reports',
      category: 'other',
      priority: 'P4',
      description: 'Open last week’s backup reports and restore one file as a test.',
    },
    timeZone: 'Europe/Paris',
    start: '2026-11-30T09:00',
    // An RFC 5545 recurrence rule (the Admin page also offers daily / weekly / monthly).
    frequency: 'rrule',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
  },
];
