import type { CalendarSpec } from '@deskkit/runtime';
import { calendarChoices } from './calendarChoices';

const office: CalendarSpec = { timeZone: 'Europe/Berlin', week: { mon: [['09:00', '17:00']] } };

describe('calendar choices', () => {
  it('offers names alone when the host passes names', () => {
    expect(calendarChoices(['office', '24x7'])).toEqual({
      calendarNames: ['office', '24x7'],
      calendarSpecs: undefined,
    });
  });

  it('offers names and specs when the host passes the calendars', () => {
    const calendars = { office };
    expect(calendarChoices(calendars)).toEqual({
      calendarNames: ['office'],
      calendarSpecs: calendars,
    });
  });

  it('offers none without calendars', () => {
    expect(calendarChoices(undefined)).toEqual({ calendarNames: [], calendarSpecs: undefined });
  });
});
