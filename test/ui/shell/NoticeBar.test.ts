import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import NoticeBar from '../../../src/ui/shell/NoticeBar.svelte';

describe('NoticeBar', () => {
  it('names each ignored parameter and why, as text', async () => {
    const ondismiss = vi.fn();
    const { container } = render(NoticeBar, {
      problems: [
        {
          param: 'year',
          value: '1999',
          reason: 'no forum in 1999',
          message: { key: 'url.noForumIn', params: { year: '1999', years: '2024' } },
        },
        {
          param: 'focus',
          value: '<script>alert(1)</script>',
          reason: 'unknown concept',
          message: { key: 'url.unknownConcept' },
        },
      ],
      ondismiss,
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('year=1999 (no forum in 1999 (years: 2024))');
    expect(status.textContent).toContain('focus=<script>alert(1)</script> (unknown concept)');
    expect(container.querySelector('script')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss this note' }));
    expect(ondismiss).toHaveBeenCalledOnce();
  });
});
