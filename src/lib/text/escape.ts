// Text into markup: the one escaper for XML and HTML, in text and in attribute values alike (all
// five predefined entities), for exported SVG, web pages, embed snippets and copied citations.

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
