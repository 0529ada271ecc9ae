// What counts as "the other language" in the interface's words, for the catalogue test and the
// browser walk in both languages: Chinese text may keep names that Chinese writing keeps as they
// are (file formats, products, acronyms, the values a link takes); English text has no Han.

/** Latin words a Chinese interface may keep: formats, products, acronyms, a link's own values. */
export const LATIN_KEPT_IN_CHINESE: ReadonlySet<string> = new Set([
  'GDI',
  'AI',
  'UN',
  'SDG',
  'SDGs',
  'SVG',
  'PNG',
  'PDF',
  'CSV',
  'JSON',
  'HTML',
  'URL',
  'KWIC',
  'ID',
  'IndexedDB',
  'PowerPoint',
  'Impress',
  'LibreOffice',
  'Keynote',
  'iframe',
  'reveal',
  'js',
  'English',
  'GB',
  'T',
  'APA',
  'MLA',
  'BibTeX',
  'RIS',
  'Esc',
  'Enter',
  'Tab',
  'Shift',
  'Ctrl',
  'Alt',
  'Home',
  'End',
  'en',
  'zh',
  'lang',
  'sentence',
  'paragraph',
  'network',
  'years',
  'to',
  'from',
  'p',
  's',
  'x',
]);

/** Latin words in `text` that a Chinese interface should not show (ignoring {slots}). */
export function foreignInChinese(text: string): string[] {
  const words = text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
  return words.filter((w) => !LATIN_KEPT_IN_CHINESE.has(w));
}

/** Han characters in `text`, which an English interface should not show. */
export function hanIn(text: string): string[] {
  return text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
}
