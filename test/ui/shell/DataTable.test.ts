import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataTable from '../../../src/ui/shell/DataTable.svelte';

describe('DataTable', () => {
  it('renders caption, column headers, row headers and cells, as text', () => {
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
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Data flow',
      '<b>bold?</b>',
    ]);
    expect(table.querySelectorAll('td.num')[0]!.textContent).toBe('3');
    expect(container.querySelector('b')).toBeNull();
  });
});
