/**
 * The playground's English where it differs from the text it is keyed by: ICU plurals for the
 * strings that count something (the key reads "ticket(s)", the desk says "1 ticket" and "2
 * tickets"). Every other string is its own English. `locale.test.tsx` checks that each entry is a
 * string the playground shows, that it is valid ICU with the key's arguments, and that no English
 * message left shows "(s)".
 */
export const playgroundEn: Readonly<Record<string, string>> = {
  'Exported the first {count} tickets (more matched).':
    '{count, plural, one {Exported the first ticket (more matched).} other {Exported the first # tickets (more matched).}}',
  'Exported {count} tickets.':
    '{count, plural, one {Exported # ticket.} other {Exported # tickets.}}',
  '{count} other change(s) on {target} overlap this window.':
    '{count, plural, one {# other change on {target} overlaps this window.} other {# other changes on {target} overlap this window.}}',
  '{n} policies': '{n, plural, one {# policy} other {# policies}}',
  'Not saved: {count} problem(s) to fix.':
    '{count, plural, one {Not saved: # problem to fix.} other {Not saved: # problems to fix.}}',
  '{count} change(s)': '{count, plural, one {# change} other {# changes}}',
  'Move {count} ticket(s) from v{from} to v{to}? Their open work follows the step mapping.':
    '{count, plural, one {Move # ticket from v{from} to v{to}? Its open work follows the step mapping.} other {Move # tickets from v{from} to v{to}? Their open work follows the step mapping.}}',
  'Moved {moved} ticket(s); {blocked} blocked.':
    '{moved, plural, one {Moved # ticket} other {Moved # tickets}}; {blocked} blocked.',
  'Move {count} ticket(s)': '{count, plural, one {Move # ticket} other {Move # tickets}}',
  '{n} of {count} selected tickets offer this':
    '{n} of {count, plural, one {# selected ticket} other {# selected tickets}} {n, plural, one {offers} other {offer}} this',
  '{action} on {count} tickets': '{action} on {count, plural, one {# ticket} other {# tickets}}',
  'The figures of {count} reports, e-mailed on a schedule. Each recipient gets the figures they may see.':
    '{count, plural, one {The figures of # report, e-mailed on a schedule.} other {The figures of # reports, e-mailed on a schedule.}} Each recipient gets the figures they may see.',
};
