// @vitest-environment jsdom
// The live app beside the page built into index.html: it is `aria-busy` while parts of its view are
// still to come (also with no built page, as when a view is opened again in the same page), and it
// replaces the built page only once its view is shown and every part is drawn, staying busy until
// the built page has left the document.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { partPending } from '../../src/browser/pending-parts.ts';
import { liveRoot } from '../../src/browser/prerendered.ts';

/** Lets the MutationObserver's callbacks run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('liveRoot', () => {
  it('is busy from the first part still to come until the last is drawn', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const live = liveRoot(target);
    expect(live.hasAttribute('aria-busy')).toBe(false);
    const chartDrawn = partPending();
    const tableDrawn = partPending();
    expect(live.getAttribute('aria-busy')).toBe('true');
    chartDrawn();
    chartDrawn(); // a second call counts nothing
    expect(live.getAttribute('aria-busy')).toBe('true');
    tableDrawn();
    expect(live.hasAttribute('aria-busy')).toBe(false);
  });

  it('keeps the built page until the view is shown and all its parts are drawn', async () => {
    const target = document.createElement('div');
    target.innerHTML = '<div data-prerendered><main><h1>Built</h1></main></div>';
    document.body.append(target);
    const built = target.firstElementChild as HTMLElement;
    const live = liveRoot(target);
    expect(live.hasAttribute('data-pending')).toBe(true);
    const tableDrawn = partPending();
    live.innerHTML = '<main><h1>Live</h1></main>';
    await settle();
    // The heading is there, a part is not: the built page stays in front.
    expect(target.querySelector('[data-prerendered]')).not.toBeNull();
    expect(live.getAttribute('aria-busy')).toBe('true');
    tableDrawn();
    // The MutationObserver is not told of this; the part's being drawn swaps at once. The live app
    // is in front; the built page is hidden at once and leaves in an idle moment, the app busy
    // until then.
    expect(target.querySelector('[data-prerendered]')).toBeNull();
    expect(live.hasAttribute('data-pending')).toBe(false);
    expect(built.style.display).toBe('none');
    expect(built.isConnected).toBe(true);
    expect(live.getAttribute('aria-busy')).toBe('true');
    await vi.waitFor(() => expect(built.isConnected).toBe(false));
    expect([...target.children]).toEqual([live]);
    expect(live.hasAttribute('aria-busy')).toBe(false);
  });
});
