// The catalogue is loaded in parts: the main part with the language, a view's own messages when
// asked for. Each test takes a fresh copy of the module (the setup file's copy has every part).

import { beforeEach, describe, expect, it, vi } from 'vitest';

type I18n = typeof import('../../src/ui/i18n.svelte.ts');
let i18n: I18n;

beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../src/ui/i18n.svelte.ts');
});

describe('the catalogue in parts', () => {
  it("says the shell's messages with the language, a view's once its part is asked for", async () => {
    await i18n.useLanguage('en');
    expect(i18n.t('shell.viewsNav')).toBe('Views');
    // Not loaded yet: the translator answers with the key (the app never renders before loading).
    expect(i18n.t('graph.heading')).toBe('graph.heading');
    await i18n.useMessages('graph');
    expect(i18n.t('graph.heading')).toBe('How the themes connect');
    expect(i18n.t('map.title')).toBe('map.title');
  });

  it('adds a part asked for later to the translator in use: nothing already drawn is drawn again', async () => {
    await i18n.useLanguage('en');
    await i18n.useMessages('graph');
    const before = i18n.tr();
    await i18n.useMessages('evidence', 'graph-more');
    // The same translator (what reads it is not run again), now saying the new parts too.
    expect(i18n.tr()).toBe(before);
    expect(i18n.t('evidence.readInContext')).toBe('Read in context');
    expect(i18n.t('graph.terms.heading')).not.toBe('graph.terms.heading');
    expect(i18n.t('graph.heading')).toBe('How the themes connect');
    // Choosing the same language again keeps it too; another language takes every part asked for.
    await i18n.useLanguage('en');
    expect(i18n.tr()).toBe(before);
    await i18n.useLanguage('zh');
    expect(i18n.tr()).not.toBe(before);
    expect(i18n.t('evidence.readInContext')).toBe('查看上下文');
  });

  it('takes the parts asked for so far into a language switched to', async () => {
    await i18n.useLanguage('en');
    await i18n.useMessages('graph', 'share');
    await i18n.useLanguage('zh');
    expect(i18n.language()).toBe('zh');
    expect(i18n.t('shell.viewsNav')).toBe('视图');
    expect(i18n.t('graph.heading')).toBe('主题如何相互关联');
    expect(i18n.t('share.slides.add')).not.toBe('share.slides.add');
    await i18n.useLanguage('en');
    expect(i18n.t('graph.heading')).toBe('How the themes connect');
  });

  it('loads a part asked for during a switch in the language being switched to', async () => {
    const switched = i18n.useLanguage('zh');
    const asked = i18n.useMessages('map');
    await Promise.all([switched, asked]);
    expect(i18n.t('map.title')).toBe('地图 · 论坛相关地点');
  });

  it('loads a part asked for before any language, with the first language', async () => {
    const asked = i18n.useMessages('map');
    await i18n.useLanguage('zh');
    await asked;
    expect(i18n.t('map.title')).toBe('地图 · 论坛相关地点');
  });
});
