import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ForumCard from '../../../src/views/timeline/ForumCard.svelte';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { themeProfile } from '../../../src/lib/model/theme-profile.ts';
import { realCorpus } from '../../support/mini-corpus.ts';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';
import { partsPending } from '../../../src/browser/pending-parts.ts';
import { afterEach, beforeEach } from 'vitest';

const index = indexCorpus(realCorpus());

/** The card once all of it is drawn: its later parts (hosts, theme, outcome, bars) come in idle tasks. */
async function card(year: number): Promise<HTMLElement> {
  const forum = index.forumByYear.get(year)!;
  const { container } = render(ForumCard, {
    index,
    forum,
    profile: themeProfile(index, year),
    selected: false,
    themes: null,
    selectedTheme: null,
    selectHref: `#/timeline?sel=${year}`,
    onselect: () => {},
    onselecttheme: () => {},
    compareLinks: [],
  });
  await vi.waitFor(() => expect(partsPending()).toBe(0));
  return container;
}
const text = (el: HTMLElement): string => el.textContent!.replace(/\s+/g, ' ');

describe('ForumCard', () => {
  it('shows what no page states as unknown, with the reason, and the day it was held by', async () => {
    const el = await card(2025);
    expect(text(el)).toContain('by 8 November 2025 (day not stated)');
    expect(text(el)).not.toContain('Theme “');
    expect(el.querySelectorAll('.unknown').length).toBe(2); // venue and theme
    expect(text(el)).toContain('not stated in the available record');
  });

  it('calls the forum’s theme its theme, with its source', async () => {
    const el = await card(2022);
    expect(text(el)).toContain(
      'Theme “Jointly Building Consensus on Digital Cooperation for a New Era of Global Development”',
    );
    expect(text(el)).not.toContain('Forum title');
    // The venue cites the re-post and says what it is; the summit dates cite their own page.
    const links = [...el.querySelectorAll('a.source')].map((a) => a.getAttribute('href'));
    expect(links).toContain('http://smart.nwpulsx.org/M_6116944.html');
    expect(links).toContain('http://en.people.cn/n3/2022/1101/c90000-10165760.html');
    expect(text(el)).toContain('as re-posted on this page');
  });

  it('gives the 2024 statement’s Chinese title and says the English one is a translation', async () => {
    const el = await card(2024);
    expect(el.querySelector('[lang="zh"]')?.textContent).toBe(
      '2024年全球发展倡议数字合作论坛主席声明',
    );
    expect(text(el)).toContain("the English title is the explorer's translation");
  });
});

describe('ForumCard in Chinese', () => {
  beforeEach(async () => {
    await useLanguage('zh');
  });
  afterEach(async () => {
    await useLanguage('en');
  });

  it('names the fields in Chinese and the date as 2024年11月21日', async () => {
    const el = await card(2024);
    expect([...el.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      '日期',
      '地点',
      '主办方',
      '主题',
      '成果文件',
    ]);
    expect(text(el)).toContain('2024年11月21日');
    expect(el.querySelector('h3')!.textContent).toBe('2024年 · 第3届全球发展倡议数字合作论坛');
    // The outcome under its own Chinese title.
    expect(el.querySelector('dd a[href]')).toBeTruthy();
    expect(text(el)).toContain('2024年全球发展倡议数字合作论坛主席声明');
  });

  it('shows a fact with no Chinese form in English, marked lang="en", and says so', async () => {
    // The 2022 non-paper's title has no Chinese form in the sources (its theme has one now).
    const el = await card(2022);
    const english = [...el.querySelectorAll('dd [lang="en"]')].map((e) => e.textContent);
    expect(english).toContain('Non-paper on Global Development Initiative Digital Cooperation');
    expect(english).not.toContain(
      'Jointly Building Consensus on Digital Cooperation for a New Era of Global Development',
    );
    expect(text(el)).toContain('凝聚数字合作新共识 共创全球发展新时代');
    expect(text(el)).toContain('资料中没有中文表述');
    expect(text(await card(2025))).toContain('不晚于2025年11月8日（具体日期未说明）');
  });
});
