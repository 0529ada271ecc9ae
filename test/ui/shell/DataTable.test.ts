import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataTable from '../../../src/ui/shell/DataTable.svelte';

describe('DataTable', () => {
  it('renders caption, column headers, row headers and cells, as text', async () => {
    const { container } = render(DataTable, {
      table: {
        caption: 'Concepts',
        columns: [
          { key: 'label', label: 'Concept' },
          { key: 'n', label: 'Mentions', numeric: true },
        ],
        rows: [
          { label: 'Data flow', n: 3 },
          { label: '<b>bold?</b>', n: null },
        ],
      },
    });
    const table = screen.getByRole('table', { name: 'Concepts' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Concept',
      'Mentions',
    ]);
    await waitFor(() =>
      expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
        'Data flow',
        '<b>bold?</b>',
      ]),
    );
    expect(table.querySelectorAll('td.num')[0]!.textContent).toBe('3');
    expect(container.querySelector('b')).toBeNull();
  });

  it('puts a closed table in the page a few rows at a time, all of them in the end', async () => {
    const rows = Array.from({ length: 130 }, (_, i) => ({ label: `Concept ${i + 1}`, n: i }));
    const { container } = render(DataTable, {
      table: { caption: 'Closed', columns: [{ key: 'label', label: 'Concept' }], rows },
    });
    const count = () => container.querySelectorAll('tbody tr').length;
    const filling = () => container.querySelector('details')!.hasAttribute('data-filling');
    // At first the caption and the column headers only: the rows come in later tasks.
    expect(count()).toBe(0);
    expect(filling()).toBe(true);
    expect(screen.getByRole('table', { name: 'Closed' })).toBeTruthy();
    const seen = new Set<number>();
    await waitFor(
      () => {
        seen.add(count());
        expect(count()).toBe(130);
      },
      { timeout: 5000, interval: 1 },
    );
    // Never all at once: some count between none and all was seen on the way.
    expect([...seen].some((n) => n > 0 && n < 130)).toBe(true);
    expect(container.querySelector('tbody tr:last-child th')!.textContent).toBe('Concept 130');
    // Said on the table, for whoever reads the page whole (tests, a later export).
    expect(filling()).toBe(false);
  });

  it('puts a long open table in the page a batch of rows at a time, all of them in the end', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ label: `Concept ${i + 1}`, n: i }));
    const { container } = render(DataTable, {
      table: { caption: 'Many', columns: [{ key: 'label', label: 'Concept' }], rows },
      open: true,
    });
    const count = () => container.querySelectorAll('tbody tr').length;
    expect(count()).toBe(250);
    await waitFor(() => expect(count()).toBe(1000), { timeout: 5000 });
    expect(container.querySelector('tbody tr:last-child th')!.textContent).toBe('Concept 1000');
  });

  it('puts a short open table in the page at once', () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({ label: `Concept ${i + 1}` }));
    const { container } = render(DataTable, {
      table: { caption: 'Some', columns: [{ key: 'label', label: 'Concept' }], rows },
      open: true,
    });
    expect(container.querySelectorAll('tbody tr').length).toBe(500);
  });
});
