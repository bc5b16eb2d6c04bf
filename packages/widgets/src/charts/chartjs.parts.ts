/**
 * Chart.js with only the parts the Deskkit charts draw with (bar, line, doughnut and pie
 * controllers, their elements, the category and linear scales, fill and tooltip; no legend, title,
 * radar, scatter, time scale…), imported by name from `chart.js` (never `chart.js/auto`) so an app
 * bundler tree-shakes the rest. Loaded with `import()` by `loadChartJs` (./chartjs.ts).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
);

export { Chart };
