import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSchemas } from '../../scripts/generate-schemas';

describe('schemas.generated.ts', () => {
  it('is what the generator makes of the runtime types today (pnpm --filter @deskkit/server generate)', async () => {
    const committed = readFileSync(
      fileURLToPath(new URL('./schemas.generated.ts', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(await generateSchemas());
  }, 180_000);
});
