let counter = 0;
const session = Math.random().toString(36).slice(2, 8);

/** A short unique id: time, a per-process session and a counter (sortable within a process). */
export function newId(): string {
  counter = (counter + 1) % 1_679_616;
  return `${Date.now().toString(36)}${session}${counter.toString(36).padStart(4, '0')}`;
}
