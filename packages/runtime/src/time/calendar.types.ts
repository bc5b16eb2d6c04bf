/** Working hours of a team or customer. */
export interface CalendarSpec {
  /** IANA time zone, e.g. `Europe/Paris`. */
  timeZone: string;
  week: Partial<
    Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Array<[string, string]>>
  >;
  /** Closed days, `YYYY-MM-DD`. */
  holidays?: string[];
  /** Extra working days (`YYYY-MM-DD`) with their hours, e.g. a Saturday worked before a bridge holiday. */
  workdays?: Record<string, Array<[string, string]>>;
}
