/** Up to two capital initials of a person's name, for an avatar ("Alice Martin" → "AM"). */
export const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
