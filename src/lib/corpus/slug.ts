// The ids of documents, concepts, themes and kinds: lower-case letters and digits, single hyphens
// ("2024-chair-statement"). Its own module so that code checking an id need not load a parser.

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
