import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, SHORT_MONTH_NAMES } from '../../../src/lib/text/dates.ts';

describe('month names', () => {
  it('twelve, January first; the short ones are their first three letters', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect([MONTH_NAMES[0], MONTH_NAMES[8], MONTH_NAMES[11]]).toEqual([
      'January',
      'September',
      'December',
    ]);
    expect(SHORT_MONTH_NAMES.join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
  });
});
