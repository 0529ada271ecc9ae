// The live chart → SVG markup that needs no page: every element's computed style written on it
// (only what differs from its parent or the default), fonts replaced by safe stacks, and whatever
// reaches outside the file (links, scripts, foreignObject, external images) left out. So are the
// transparent click targets, marked data-export-omit (OMIT): a file has no pointer.

import { safeFontFamily } from '$lib/export/svg-standalone.ts';

/** Properties children inherit: written when they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'word-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
  'marker-start',
  'marker-mid',
  'marker-end',
  'clip-rule',
  'shape-rendering',
  'text-rendering',
  'color',
] as const;

/** Properties that are not inherited: written when they differ from their initial value. */
const OWN: Record<string, string> = {
  opacity: '1',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'flood-color': 'rgb(0, 0, 0)',
  'flood-opacity': '1',
  'alignment-baseline': 'auto',
  'baseline-shift': '0px',
  'text-decoration-line': 'none',
  'vector-effect': 'none',
  'mix-blend-mode': 'normal',
};

const DROP_ELEMENTS = new Set([
  'foreignobject',
  'script',
  'style',
  'iframe',
  'link',
  'audio',
  'video',
]);
/** Marks what is there for the pointer only (transparent click targets): a file has no pointer. */
export const OMIT = 'data-export-omit';
const DROP_ATTRIBUTE =
  /^(class|style|tabindex|role|focusable|draggable|contenteditable|on.*|data-.*|aria-(?!label$).*)$/i;

/** url("http://host/page#clip") → url(#clip): references stay inside the file. */
function localUrls(value: string): string {
  return value.replace(/url\(\s*["']?[^"')]*#([^"')]+)["']?\s*\)/g, 'url(#$1)');
}

/**
 * Inherited properties written on the root whatever the page's styles say: the page gives them
 * values (its text's font and colour, the user agent's defaults) that a file alone would not have.
 */
const ALWAYS = new Set([
  'fill',
  'stroke',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'color',
]);

/**
 * The properties any style of the page sets: its style sheets' rules (in @media, @supports,
 * @layer… too) and the style attributes of the chart and of the elements around it. Only these
 * (and ALWAYS) can differ from what the file's own defaults give, so only these are read from each
 * element's computed style: a third as many reads as all of INHERITED and OWN.
 */
export function styledProperties(svg: SVGSVGElement): Set<string> {
  const found = new Set<string>();
  const addDeclarations = (style: CSSStyleDeclaration): void => {
    for (let i = 0; i < style.length; i++) found.add(style[i]!);
  };
  const addRules = (rules: CSSRuleList): void => {
    for (const rule of rules) {
      if ('style' in rule && rule.style instanceof CSSStyleDeclaration) addDeclarations(rule.style);
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) addRules(rule.cssRules);
    }
  };
  for (const sheet of svg.ownerDocument.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      // Another origin's sheet cannot be read: it could set anything, so read everything.
      return new Set([...INHERITED, ...Object.keys(OWN), 'transform']);
    }
    addRules(rules);
  }
  const styled = svg.querySelectorAll<SVGElement>('[style]');
  for (const el of styled) addDeclarations(el.style);
  for (let el = svg.parentElement; el; el = el.parentElement) addDeclarations(el.style);
  addDeclarations(svg.style);
  return found;
}

/** Which properties to read from each element, in the order they are written. */
interface Reading {
  inherited: readonly (typeof INHERITED)[number][];
  own: readonly [string, string][];
  transform: boolean;
}

function readingFor(svg: SVGSVGElement): Reading {
  const styled = styledProperties(svg);
  return {
    inherited: INHERITED.filter((p) => styled.has(p) || ALWAYS.has(p)),
    own: Object.entries(OWN).filter(([p]) => styled.has(p)),
    transform: styled.has('transform'),
  };
}

/** The inherited properties' values of one element, in Reading's order: read once, passed down. */
type Inherited = readonly string[];

function styleOf(
  el: Element,
  computed: CSSStyleDeclaration,
  parent: Inherited | null,
  reading: Reading,
): { style: string; transform: string | null; inherited: Inherited } {
  const decl: string[] = [];
  const inherited = reading.inherited.map((p) => computed.getPropertyValue(p));
  reading.inherited.forEach((p, i) => {
    let v = inherited[i]!;
    if (!v || (parent && parent[i] === v)) return;
    if (p === 'font-family') v = safeFontFamily(v);
    decl.push(`${p}: ${localUrls(v)}`);
  });
  for (const [p, initial] of reading.own) {
    const v = computed.getPropertyValue(p);
    if (v && v !== initial) decl.push(`${p}: ${localUrls(v)}`);
  }
  // A CSS transform becomes the attribute (an attribute the clone has already stays).
  const t = reading.transform ? computed.getPropertyValue('transform') : '';
  const transform = t && t !== 'none' && !el.hasAttribute('transform') ? t : null;
  return { style: decl.join('; '), transform, inherited };
}

/** The chart's markup with its styles inlined; the root keeps its own viewBox. */
export function inlineChartMarkup(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView;
  if (!view) throw new Error('the chart is not in a window');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const reading = readingFor(svg);
  const walk = (
    live: Element,
    copy: Element,
    computed: CSSStyleDeclaration,
    parent: Inherited | null,
  ): void => {
    const { style, transform, inherited } = styleOf(live, computed, parent, reading);
    for (const a of [...copy.attributes])
      if (DROP_ATTRIBUTE.test(a.name)) copy.removeAttribute(a.name);
    if (style) copy.setAttribute('style', style);
    if (transform) copy.setAttribute('transform', transform);
    const liveKids = [...live.children];
    const copyKids = [...copy.children];
    liveKids.forEach((lk, i) => {
      const ck = copyKids[i]!;
      const name = lk.localName.toLowerCase();
      if (DROP_ELEMENTS.has(name) || lk.hasAttribute(OMIT)) {
        ck.remove();
        return;
      }
      const kidComputed = view.getComputedStyle(lk);
      if (kidComputed.display === 'none') {
        ck.remove();
        return;
      }
      for (const attr of ['href', 'xlink:href', 'src']) {
        const v = ck.getAttribute(attr);
        if (v !== null && !/^(#|data:)/.test(v.trim())) {
          if (name === 'a') ck.removeAttribute(attr);
          else {
            ck.remove();
            return;
          }
        }
      }
      walk(lk, ck, kidComputed, inherited);
      if (name === 'a') {
        // A link means nothing in a file: keep its content as a group.
        const g = ck.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
        for (const a of [...ck.attributes])
          if (!/href|target/.test(a.name)) g.setAttribute(a.name, a.value);
        while (ck.firstChild) g.appendChild(ck.firstChild);
        ck.replaceWith(g);
      }
    });
  };
  walk(svg, clone, view.getComputedStyle(svg), null);
  // Keep the drawing's coordinate system: its viewBox, or one of the size it has on screen.
  if (!clone.hasAttribute('viewBox')) {
    const box = svg.getBoundingClientRect();
    clone.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
  }
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}
