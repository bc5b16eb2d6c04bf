import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { deskInitialLoad } from '../../scripts/desk-size.mjs';
import { browserAvailable } from './harness';

// The desk the browser tests run (built by the global setup): its first page downloads at most
// 350 kB gzip (React included), and the heavy parts load with the pages that use them.
describe.skipIf(!browserAvailable)('the desk’s initial load', () => {
  it('is at most 350 kB gzip, without the designer, the builder, the dashboards or Chart.js', () => {
    const load = deskInitialLoad(inject('deskDist'));
    expect(load.js + load.css).toBeLessThanOrEqual(350 * 1024);
    const initial = load.files.join(' ');
    for (const lazy of ['StudioPage', 'OverviewPage', 'AdminPage', 'chartjs', 'regex.re2'])
      expect(initial).not.toContain(lazy);
    // Every page's code exists, only later.
    expect(load.all).toBeGreaterThan(load.js);
  });
});
