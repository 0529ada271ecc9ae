import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/lib/text/wrap-text.ts';

// Widths by the shared estimate (lib/text/text-width.ts): "a" 5.56 px and a space 2.78 px at 10 px;
// a Han or full-width character one em.

describe('wrapText', () => {
  it('keeps short text on one line and breaks long text between words', () => {
    expect(wrapText('Concept graph', 400, 20)).toEqual(['Concept graph']);
    // "aaaa " is 4 × 5.56 + 2.78 px: three words (72.3 px) fit in 75 px, not four (97.3).
    expect(wrapText('aaaa aaaa aaaa aaaa aaaa', 75, 10)).toEqual(['aaaa aaaa aaaa', 'aaaa aaaa']);
    expect(wrapText('aaaa aaaa aaaa aaaa aaaa', 72, 10)).toEqual([
      'aaaa aaaa',
      'aaaa aaaa',
      'aaaa',
    ]);
    expect(wrapText('  ', 51, 10)).toEqual([]);
  });

  it('generous: widths a tenth wider, as chart labels are placed', () => {
    // "aaaa aaaa" is 8 × 5.56 + 2.78 = 47.26 px, a tenth more = 51.99: 52 px.
    expect(wrapText('aaaa aaaa aaaa', 52, 10, { generous: true })).toEqual(['aaaa aaaa', 'aaaa']);
    expect(wrapText('aaaa aaaa aaaa', 51, 10, { generous: true })).toEqual([
      'aaaa',
      'aaaa',
      'aaaa',
    ]);
    // Without it 51 px holds two words.
    expect(wrapText('aaaa aaaa aaaa', 51, 10)).toEqual(['aaaa aaaa', 'aaaa']);
  });

  it('cuts a word longer than a line only when asked', () => {
    const lines = wrapText('x'.repeat(30), 52, 10, { cutLongWords: true });
    expect(lines.join('')).toBe('x'.repeat(30));
    expect(lines.length).toBe(3);
    expect(wrapText('x'.repeat(30), 52, 10)).toEqual(['x'.repeat(30)]);
  });
});

describe('wrapText in Chinese', () => {
  it('breaks between Chinese characters, which are one em each (no spaces needed)', () => {
    // At 10 px five characters fit in 52 px.
    expect(wrapText('全球发展倡议数字合作', 52, 10)).toEqual(['全球发展倡', '议数字合作']);
    // 12 px characters, widths × 1.1: five (66 px) fit in 70 px, six (79.2 px) do not.
    expect(wrapText('依据其公开记录编码', 70, 12, { generous: true })).toEqual([
      '依据其公开',
      '记录编码',
    ]);
  });

  it('keeps closing punctuation with the character before it, and spaces between Latin words', () => {
    // "：", "）" and "。" ride with the one before; " GDI" is 2.78 + 7.78 + 7.22 + 2.78 = 20.56 px,
    // so it still fits after "文）。" (30 px) in 52 px.
    expect(wrapText('来源：主席声明（全文）。 GDI Explorer', 52, 10)).toEqual([
      '来源：主席',
      '声明（全',
      '文）。 GDI',
      'Explorer',
    ]);
    expect(wrapText('记录编码，范围', 70, 12, { generous: true })).toEqual(['记录编码，', '范围']);
    expect(wrapText('2029年：all of it', 70, 12, { generous: true })).toEqual([
      '2029年：all',
      'of it',
    ]);
  });
});
