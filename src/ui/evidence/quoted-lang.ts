// The language of quoted words whose source does not say it (a record's words, a citation, an
// uncoded term): Chinese when they hold Han characters, else English. For their `lang` attribute.

export function quotedLang(text: string): 'zh' | 'en' {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
}
