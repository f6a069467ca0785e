/**
 * The real `npm run build` of the sample content (see global-setup): every
 * page exists, reads like the bulletin, carries every character the editor
 * wrote, and ships no JavaScript.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/core/markdown.ts';
import { toString } from 'mdast-util-to-string';
import { loadArchive } from '../../src/core/load/index.ts';
import { formatChineseDate } from '../../src/core/dates.ts';
import { formatMetricValue } from '../../src/core/metrics.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { readPage, squash } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const { archive } = loadArchive(PROJECT);
if (!archive) throw new Error('sample content does not load');
const issues = archive.issues;
const articles = issues.flatMap((i) => i.articles);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('the built site', () => {
  it('has every page: home, archive, years, issues, articles, 404', () => {
    const pages = new Set(filesUnder(siteDir).map((f) => relative(siteDir, f)));
    const expected = [
      'index.html',
      '404.html',
      'issues/index.html',
      ...new Set(issues.map((i) => `issues/${i.year}/index.html`)),
      ...issues.map((i) => `issues/${i.year}/${i.number}/index.html`),
      ...articles.map((a) => `issues/${a.issueKey}/${a.slug}/index.html`),
    ];
    for (const page of expected) expect(pages, page).toContain(page);
    expect(issues.length).toBeGreaterThanOrEqual(6);
  });

  it('ships no client JavaScript but for search: the search page and the article pages’ highlighter', () => {
    for (const file of filesUnder(siteDir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const rel = relative(siteDir, file);
      expect(html, rel).toMatch(/<html lang="zh-CN"/);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      if (rel === 'search/index.html') expect(scripts.length).toBeGreaterThan(0);
      else if (/^issues\/\d{4}\/\d+\/[a-z0-9-]+\/index\.html$/.test(rel)) expect(scripts, rel).toEqual([expect.stringMatching(/type="module"/)]);
      else expect(scripts, rel).toEqual([]);
    }
  });

  it('issue page reads like the bulletin: masthead, series, contents, articles, distribution', () => {
    for (const issue of issues) {
      const page = readPage(siteDir, `/issues/${issue.year}/${issue.number}/`);
      expect(page.text('.masthead-title')).toContain(archive.publication.title);
      expect(page.text('.masthead-number')).toContain(`第${issue.number}期`);
      expect(page.text('.masthead-organ')).toBe(archive.publication.organ);
      expect(page.text('.masthead-date')).toBe(formatChineseDate(issue.date));
      expect(page.texts('.toc li')).toEqual(issue.articles.map((a) => a.displayTitle));
      expect(page.texts('.article-title')).toEqual(issue.articles.map((a) => a.displayTitle));
      expect(page.texts('.committee')).toEqual(issue.articles.map((a) => `（${a.committee}供稿）`));
      const distribution = page.text('.distribution');
      expect(distribution).toContain('送：');
      expect(distribution).toContain('发：');
      expect(distribution).toContain(`${issue.distribution.printingOrgan}印发`);
      if (issue.distribution.copies === null) expect(distribution).not.toContain('共印');
      else expect(squash(distribution)).toContain(`共印${issue.distribution.copies}份`);
      if (issue.series) expect(page.text('.series-line')).toMatch(/专辑（[一二三四五六七八九十]+）$/);
      else expect(page.has('.series-line')).toBe(false);
    }
  });

  it('shows the sample content’s special cases: a series part, an issue without a copy count, a running total', () => {
    expect(readPage(siteDir, '/issues/2024/10/').text('.series-line')).toContain('专辑（四）');
    expect(readPage(siteDir, '/issues/2025/23/').text('.distribution')).not.toContain('共印');
    expect(squash(readPage(siteDir, '/issues/2024/10/').text('.distribution'))).toContain('共印60份');
    expect(readPage(siteDir, '/issues/2024/10/').text('.masthead-number')).toContain('总第302期');
  });

  it('every character of every article body reaches the article page', () => {
    for (const a of articles) {
      const page = readPage(siteDir, `/issues/${a.issueKey}/${a.slug}/`);
      const source = squash(toString(parseMarkdown(a.body)));
      expect(squash(page.text('.article-body')), a.file).toBe(source);
      expect(source.length).toBeGreaterThan(900);
    }
  });

  it('run-in point headings are bold lead sentences', () => {
    const page = readPage(siteDir, `/issues/${articles[0]!.issueKey}/${articles[0]!.slug}/`);
    const headings = page.texts('.article-body p > strong.run-in');
    expect(headings.length).toBeGreaterThanOrEqual(3);
    for (const h of headings) expect(h).toMatch(/^[一二三四五六七八九十]+、.+。$/);
    expect(page.html).not.toContain('**');
  });

  it('article page shows region (city › county), committee, issue, topics and metrics', () => {
    for (const a of articles) {
      const page = readPage(siteDir, `/issues/${a.issueKey}/${a.slug}/`);
      const facts = page.text('.facts');
      const city = archive.regions.cityOf(a.region);
      if (city) expect(facts).toContain(city.name);
      if (a.region.level === 'county') expect(facts).toMatch(new RegExp(`${city!.name}\\s*›\\s*${a.region.name}`));
      expect(facts).toContain(a.committee);
      expect(facts).toContain(`${a.issueKey.split('/')[0]}年第${a.issueKey.split('/')[1]}期`);
      for (const t of a.topics) expect(facts).toContain(t.label);
      const rows = page.texts('table.metrics tbody tr').map(squash);
      expect(rows).toEqual(a.metrics.map((m) => squash(`${m.definition.label}${formatMetricValue(m.value)}${m.definition.unit}`)));
    }
    // Approximate values print as 余.
    expect(articles.some((a) => a.metrics.some((m) => m.value.approximate))).toBe(true);
  });

  it('year pages list their issues newest first, and the home page leads with the latest issue', () => {
    for (const year of new Set(issues.map((i) => i.year))) {
      const listed = readPage(siteDir, `/issues/${year}/`).texts('.issue-list-head a');
      const expected = issues.filter((i) => i.year === year).reverse().map((i) => `${i.year}年第${i.number}期`);
      expect(listed).toEqual(expected);
    }
    const latest = issues.at(-1)!;
    const home = readPage(siteDir, '/');
    expect(home.text('.latest .masthead-number')).toContain(`第${latest.number}期`);
    expect(home.texts('.latest .toc-list li')).toEqual(latest.articles.map((a) => a.displayTitle));
  });

  it('issue pages link to the previous and next issue', () => {
    const middle = issues[1]!;
    const page = readPage(siteDir, `/issues/${middle.year}/${middle.number}/`);
    expect(page.html).toContain(`href="/issues/${issues[0]!.year}/${issues[0]!.number}/"`);
    expect(page.html).toContain(`href="/issues/${issues[2]!.year}/${issues[2]!.number}/"`);
  });

  it('has landmarks and one h1 per page', () => {
    for (const url of ['/', '/issues/', '/issues/2025/', '/issues/2025/24/', `/issues/${articles[0]!.issueKey}/${articles[0]!.slug}/`, '/regions/', '/topics/', '/series/', '/search/']) {
      const page = readPage(siteDir, url);
      expect(page.texts('h1'), url).toHaveLength(1);
      for (const landmark of ['header', 'nav', 'main', 'footer']) expect(page.has(landmark), `${url} ${landmark}`).toBe(true);
    }
  });
});

describe('browsing', () => {
  it('regions: every city with its counties and article counts; only regions with articles are linked', () => {
    const page = readPage(siteDir, '/regions/');
    expect(page.texts('.region-city')).toHaveLength(18);
    for (const a of articles) {
      const county = a.region.level === 'county' ? a.region : undefined;
      const city = archive.regions.cityOf(a.region)!;
      expect(page.html).toContain(`href="/regions/${city.code}/"`);
      if (county) expect(page.html).toContain(`href="/regions/${county.code}/"`);
    }
    // A county without articles is named, not linked, and has no page.
    const empty = archive.regions.all.find((r) => r.level === 'county' && !articles.some((a) => a.region.code === r.code))!;
    expect(page.html).not.toContain(`href="/regions/${empty.code}/"`);
    expect(filesUnder(siteDir).some((f) => f.includes(`/regions/${empty.code}/`))).toBe(false);
    expect(page.texts('.no-articles')).toContain(empty.name);
  });

  it('a city page lists its own and its counties’ articles; a county page its own', () => {
    const a = articles.find((x) => x.region.level === 'county')!;
    const city = archive.regions.cityOf(a.region)!;
    const cityPage = readPage(siteDir, `/regions/${city.code}/`);
    expect(cityPage.texts('.article-list li > a')).toContain(a.displayTitle);
    expect(cityPage.text('.county-links')).toContain(a.region.name);
    const countyPage = readPage(siteDir, `/regions/${a.region.code}/`);
    const own = articles.filter((x) => x.region.code === a.region.code).map((x) => x.displayTitle);
    expect([...countyPage.texts('.article-list li > a')].sort()).toEqual([...own].sort());
    expect(countyPage.text('.breadcrumb')).toContain(city.name);
  });

  it('topics list every topic with counts, and a page per topic with articles', () => {
    const page = readPage(siteDir, '/topics/');
    for (const topic of archive.topics) {
      const n = articles.filter((a) => a.topics.some((t) => t.id === topic.id)).length;
      expect(page.text('.year-list')).toContain(`${topic.label}${n} 篇`);
      if (n > 0) expect(readPage(siteDir, `/topics/${topic.id}/`).texts('.article-list li > a')).toHaveLength(n);
    }
  });

  it('series list their parts in order', () => {
    const page = readPage(siteDir, '/series/');
    const parts = page.texts('.series-parts li a');
    expect(parts).toEqual(issues.filter((i) => i.series).sort((a, b) => a.series!.part - b.series!.part).map((i) => `${i.series!.series.title}（${['', '一', '二', '三', '四', '五'][i.series!.part]}）`));
    expect(readPage(siteDir, `/series/${archive.series[0]!.id}/`).texts('.section-heading').length).toBe(parts.length);
  });

  it('has an RSS feed of issues and a sitemap', () => {
    const rss = readFileSync(join(siteDir, 'rss.xml'), 'utf8');
    expect((rss.match(/<item>/g) ?? []).length).toBe(issues.length);
    expect(rss).toContain(`<link>https://daibiao.example.cn/issues/2025/24/</link>`);
    expect(rss.indexOf('2025年第24期')).toBeLessThan(rss.indexOf('2024年第9期'));
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    for (const url of ['/issues/2025/24/', '/regions/', '/search/']) expect(sitemap).toContain(`https://daibiao.example.cn${url}`);
  });

  it('every page has a search box that leads to /search/', () => {
    const page = readPage(siteDir, '/issues/2025/24/');
    expect(page.html).toMatch(/<form[^>]*action="\/search\/"[^>]*method="get"/);
    expect(page.has('form[role="search"] input[name="q"]')).toBe(true);
  });
});
