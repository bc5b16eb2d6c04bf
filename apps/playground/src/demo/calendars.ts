import type { CalendarSpec } from '@deskkit/runtime';

/** The desk's time zone: report buckets by day, week and month, and their labels. */
export const DESK_TIME_ZONE = 'Europe/Paris';

const office: Array<[string, string]> = [['09:00', '18:00']];

/**
 * Working calendars SLA policies count in. `business`: the Paris service desk, Monday to Friday
 * 09:00–18:00 with the French public holidays; `24x7`: around the clock for major incidents.
 */
export const calendars: Record<string, CalendarSpec> = {
  business: {
    timeZone: 'Europe/Paris',
    week: { mon: office, tue: office, wed: office, thu: office, fri: office },
    holidays: [
      '2026-12-25',
      '2027-01-01',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-08',
      '2027-05-17',
      '2027-07-14',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-25',
    ],
  },
  '24x7': {
    timeZone: 'UTC',
    week: {
      mon: [['00:00', '24:00']],
      tue: [['00:00', '24:00']],
      wed: [['00:00', '24:00']],
      thu: [['00:00', '24:00']],
      fri: [['00:00', '24:00']],
      sat: [['00:00', '24:00']],
      sun: [['00:00', '24:00']],
    },
  },
};

/** Human names of the calendars for the Admin page. */
export const calendarNames: Record<string, string> = {
  business: 'Paris office hours (Mon–Fri 09:00–18:00)',
  '24x7': 'Around the clock (24×7)',
};
