import type { MemorySnapshot, StorageAdapter } from '@deskkit/runtime';

/**
 * Writes what a `memoryStorage` holds into another storage through the adapter contract, in bulk:
 * every definition version, the state entries (schedules), the sequence counters (ticket numbers
 * go on from the same values), then every ticket with its whole history, work items and timers in
 * one `commit` (one transaction: all or nothing; events in time order, so the storage's event feed
 * reads as the desk lived it). Idempotency records are not copied: they only guard retries of the
 * commands that made the snapshot, which are over. `to` must be empty.
 *
 * The demo history is seeded in memory and copied with this: on a database each simulated
 * command costs several round trips (a command reads its ticket's whole history for the SLA
 * clocks), so seeding a PostgreSQL or PGlite desk directly took about a minute.
 */
export async function copySnapshot(snapshot: MemorySnapshot, to: StorageAdapter): Promise<void> {
  const definitions = [...snapshot.definitions].sort(
    (a, b) => a.key.localeCompare(b.key) || a.version - b.version,
  );
  for (const record of definitions) await to.saveDefinition(record);
  for (const [key, entry] of Object.entries(snapshot.state)) {
    if (!(await to.setState(key, entry.value, null)))
      throw new Error(`copySnapshot: state "${key}" exists already; copy into an empty storage.`);
  }
  // The contract only counts up: take each number the source handed out.
  for (const [name, last] of Object.entries(snapshot.counters))
    for (let n = 0; n < last; n++) await to.nextSequence(name);
  if (snapshot.notifications?.length)
    throw new Error('copySnapshot: notifications are not copied; seed without the notifications.');
  if (!snapshot.tickets.length) return;
  const events = [...snapshot.history].sort(
    (a, b) => a.at.localeCompare(b.at) || a.ticketId.localeCompare(b.ticketId) || a.seq - b.seq,
  );
  await to.commit({
    tickets: snapshot.tickets.map((ticket) => ({ ticket, expectedVersion: null })),
    events,
    workItems: { upsert: snapshot.workItems },
    timers: { schedule: snapshot.timers.map((t) => t.timer) },
  });
}
