import { describe, expect, it } from 'vitest';
import {
  embedSnippet,
  embedUrl,
  fixedEmbedSnippet,
  heightMessage,
  isHeightMessage,
} from '../../../src/lib/export/embed.ts';

describe('height message', () => {
  it('rounds the height up and carries the embed’s address', () => {
    expect(heightMessage(411.2, 'https://x.org/#/map?embed=1')).toEqual({
      type: 'gdi-explorer:height',
      height: 412,
      url: 'https://x.org/#/map?embed=1',
    });
  });

  it.each([
    [{ type: 'gdi-explorer:height', height: 10, url: '' }, true],
    [{ type: 'gdi-explorer:height', height: -1, url: '' }, false],
    [{ type: 'gdi-explorer:height', height: Infinity, url: '' }, false],
    [{ type: 'gdi-explorer:height', height: '10', url: '' }, false],
    [{ type: 'other', height: 10, url: '' }, false],
    ['gdi-explorer:height', false],
    [null, false],
  ])('%j is a height message: %s', (data, expected) => {
    expect(isHeightMessage(data)).toBe(expected);
  });
});

describe('embedUrl', () => {
  it('puts the embed hash on the page address, replacing its hash', () => {
    expect(embedUrl('https://x.org/app/#/graph?focus=a', '#/graph?focus=a&embed=1')).toBe(
      'https://x.org/app/#/graph?focus=a&embed=1',
    );
    expect(embedUrl('https://x.org/app/', '#/map?embed=1')).toBe('https://x.org/app/#/map?embed=1');
  });
});

describe('embedSnippet', () => {
  it('is an iframe and a script that sets its height from messages of the explorer’s origin', () => {
    const snippet = embedSnippet({
      src: 'https://x.org/app/#/compare?a=2023&b=2024&embed=1',
      title: 'Compare "2023" & 2024',
      height: 480,
    });
    const lines = snippet.split('\n');
    expect(lines[0]).toBe(
      '<iframe src="https://x.org/app/#/compare?a=2023&amp;b=2024&amp;embed=1" title="Compare &quot;2023&quot; &amp; 2024" width="100%" height="480" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>',
    );
    expect(snippet).toContain(
      `if (!e.data || e.data.type !== 'gdi-explorer:height' || e.origin !== "https://x.org") return;`,
    );
    // The script itself stays within ten lines.
    expect(lines.slice(1).length).toBeLessThanOrEqual(10);
  });

  it('has no origin check for an embed served from a file (its origin is "null")', () => {
    const snippet = embedSnippet({
      src: 'file:///deck/app/index.html#/graph?embed=1',
      title: 't',
      height: 300,
    });
    expect(snippet).toContain(`if (!e.data || e.data.type !== 'gdi-explorer:height') return;`);
  });

  it('resizes the right iframe when its script runs in a page', () => {
    // Run the snippet's script against a stand-in page: two iframes, a message from the second.
    const script = /<script>\n([\s\S]*)\n<\/script>/.exec(
      embedSnippet({ src: 'https://x.org/#/map?embed=1', title: 't', height: 300 }),
    )![1]!;
    const frames = [
      { contentWindow: {}, style: { height: '' } },
      { contentWindow: {}, style: { height: '' } },
    ];
    let listener: ((e: unknown) => void) | null = null;
    const window = { addEventListener: (_t: string, f: (e: unknown) => void) => (listener = f) };
    const document = { getElementsByTagName: () => frames };
    new Function('window', 'document', script)(window, document);
    listener!({
      data: { type: 'gdi-explorer:height', height: 612, url: '' },
      origin: 'https://x.org',
      source: frames[1]!.contentWindow,
    });
    listener!({
      data: { type: 'gdi-explorer:height', height: 99, url: '' },
      origin: 'https://evil.example',
      source: frames[0]!.contentWindow,
    });
    expect(frames.map((f) => f.style.height)).toEqual(['', '612px']);
  });
});

describe('fixedEmbedSnippet', () => {
  it('is the iframe alone at the size given, its attributes escaped, no script', () => {
    expect(
      fixedEmbedSnippet({
        src: 'https://x.org/#/compare?a=2023&b=2024&embed=1',
        title: 'Compare "2023" & 2024',
        width: 800,
        height: 450.4,
      }),
    ).toBe(
      '<iframe src="https://x.org/#/compare?a=2023&amp;b=2024&amp;embed=1" title="Compare &quot;2023&quot; &amp; 2024" width="800" height="450" style="border:0" loading="lazy"></iframe>',
    );
  });
});
