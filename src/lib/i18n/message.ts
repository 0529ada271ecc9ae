// What a catalogue entry is: a text with {named} slots, or one text per plural category
// (as Intl.PluralRules has them: English "one" and "other", Chinese only "other"), chosen by `count`.

export type PluralMessage = { readonly other: string } & Partial<
  Record<'zero' | 'one' | 'two' | 'few' | 'many', string>
>;
export type Message = string | PluralMessage;
export type MessageParams = Readonly<Record<string, string | number>>;
