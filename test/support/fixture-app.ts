// An AppState on the fixture corpus with a fixture chart, for component tests of the shared share,
// export and presentation tools (which work from any view's registered chart, so a stand-in does).

import { indexCorpus } from '../../src/lib/model/corpus-index.ts';
import type { ExportableChart } from '../../src/lib/export/exportable-chart.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { mainThreadServices } from './main-thread-services.ts';
import { miniCorpus } from './mini-corpus.ts';

export const fixtureChart = (svg: SVGSVGElement | null = null): ExportableChart => ({
  id: 'graph',
  title: 'Fixture chart · 2030',
  subtitle: 'Two bars',
  svg: () => svg,
  table: () => ({
    caption: 'Bars',
    columns: [
      { key: 'label', label: 'Bar' },
      { key: 'n', label: 'Count', numeric: true },
    ],
    rows: [
      { label: 'a', n: 1 },
      { label: '=b', n: 2 },
    ],
  }),
});

/** An app on the fixture corpus at `hash`, ready as after loading. */
export function fixtureApp(
  hash = '#/graph',
  chart: ExportableChart | null = fixtureChart(),
): AppState {
  window.history.replaceState(null, '', hash);
  const app = new AppState(window, 'data/corpus.json', mainThreadServices);
  app.setCorpus(miniCorpus());
  app.status = 'ready';
  app.setChart(chart);
  return app;
}

export const fixtureIndex = () => indexCorpus(miniCorpus());
