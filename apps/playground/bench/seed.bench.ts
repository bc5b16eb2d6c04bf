/**
 * How long a fresh server desk takes to seed its demo history on embedded PGlite (in memory),
 * and what it made. Run: `pnpm bench:seed [days] [perDay]` (`DESKKIT_SEED_DIR=<folder>`: on disk).
 */
import { PGlite } from '@electric-sql/pglite';
import { postgresStorage } from '@deskkit/runtime/postgres';
import { createDesk } from '../src/desk/desk';
import { DEMO_HISTORY } from '../src/desk/history';
import { storagePersistence } from '../src/desk/persistence';

const [days, perDay] = process.argv.slice(2).map(Number);
const history = days ? { days, perDay: perDay || DEMO_HISTORY.perDay } : DEMO_HISTORY;
// DESKKIT_SEED_DIR: a data folder, as the server's first start (fsync included); else in memory.
const dir = process.env.DESKKIT_SEED_DIR;
const client = await PGlite.create(dir);
const storage = postgresStorage({ client, closeClient: true });
await storage.migrate();
const started = performance.now();
const desk = await createDesk({ persistence: storagePersistence(storage), storage, history });
const total = performance.now() - started;
const seeded = desk.seeded!;
const byWorkflow = await desk.runtime.aggregate({ groupBy: ['workflow'] });
console.log(
  `PGlite ${dir ? 'in a folder' : 'in memory'}: ${seeded.tickets} tickets, ${seeded.commands} commands, ${seeded.stalled} stalled; ` +
    `seeding ${seeded.ms} ms, first start ${Math.round(total)} ms`,
);
if ('refusals' in seeded) console.log('refusals:', (seeded as { refusals: string[] }).refusals);
console.log(byWorkflow.groups.map((g) => `${String(g.key.workflow)}=${g.value}`).join(' '));
await storage.close();
