// The value of a Chinese numeral as headings number them (一、 (二) 第三条): the reader aligns the
// paragraphs of a text's language versions by these numbers.

/** 一 → 1 … 九十九 → 99; arabic digits as they are; null when it is not a numeral. */
export function numeralValue(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const digit = (c: string): number => '零一二三四五六七八九'.indexOf(c === '〇' ? '零' : c);
  if (!/^[零〇一二三四五六七八九十]+$/.test(numeral)) return null;
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? digit(numeral) : null;
  const tens = ten === 0 ? 1 : digit(numeral.slice(0, ten));
  const units = ten === numeral.length - 1 ? 0 : digit(numeral.slice(ten + 1));
  return tens * 10 + units;
}
