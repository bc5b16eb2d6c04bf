/**
 * Chart.js, loaded with `import('chart.js')` when the first chart mounts and registered once with
 * only the parts the Deskkit charts use (no legend, title, radar, scatter, time scale…). The
 * import names the package itself, so the published build keeps it as a dynamic import and an
 * app's bundler puts Chart.js in a chunk of its own (a relative module would be inlined by the
 * package build).
 */
import type { Chart } from 'chart.js';

let loading: Promise<{ Chart: typeof Chart }> | undefined;

export function loadChartJs(): Promise<{ Chart: typeof Chart }> {
  loading ??= import('chart.js').then(
    (m) => {
      m.Chart.register(
        m.ArcElement,
        m.BarController,
        m.BarElement,
        m.CategoryScale,
        m.DoughnutController,
        m.Filler,
        m.LinearScale,
        m.LineController,
        m.LineElement,
        m.PieController,
        m.PointElement,
        m.Tooltip,
      );
      return { Chart: m.Chart };
    },
    (error: unknown) => {
      loading = undefined; // a later chart tries again (e.g. a chunk that failed to download)
      throw error;
    },
  );
  return loading;
}
