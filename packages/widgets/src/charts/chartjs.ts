/**
 * Chart.js, loaded with `import()` when the first chart mounts, registered once with only the parts
 * the Deskkit charts use (./chartjs.parts.ts). The package build splits code (tsup.config.ts), so
 * the published files keep this `import()` of a chunk of their own, which imports its parts from
 * `chart.js` by name: an app's bundler puts a tree-shaken Chart.js in a lazy chunk.
 */
import type { Chart } from 'chart.js';

let loading: Promise<{ Chart: typeof Chart }> | undefined;

export function loadChartJs(): Promise<{ Chart: typeof Chart }> {
  loading ??= import('./chartjs.parts').then(
    (m) => ({ Chart: m.Chart }),
    (error: unknown) => {
      loading = undefined; // a later chart tries again (e.g. a chunk that failed to download)
      throw error;
    },
  );
  return loading;
}
