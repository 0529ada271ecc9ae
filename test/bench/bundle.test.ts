import { describe, expect, it } from 'vitest';
import { scriptsOfHtml } from '../../bench/bundle.ts';

describe('scriptsOfHtml', () => {
  it('finds the entry script and the preloaded chunks a built index.html names', () => {
    const html = `<head>
      <link rel="preload" href="./data/corpus.json" as="fetch" />
      <script src="./file-notice.js"></script>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel='stylesheet' href='./assets/index-1.css'>
    </head>`;
    expect(scriptsOfHtml(html)).toEqual({
      entry: ['assets/index-abc.js'],
      classic: ['file-notice.js'],
      preloaded: ['assets/vendor-def.js'],
    });
  });

  it('leaves out scripts from other origins and inline ones', () => {
    const html = `<script src="https://cdn.example/x.js"></script><script src="//cdn.example/y.js"></script>
      <script>console.log(1)</script><script type="module" src="/assets/a.js"></script>`;
    expect(scriptsOfHtml(html).entry).toEqual(['assets/a.js']);
    expect(scriptsOfHtml(html).classic).toEqual([]);
  });
});
