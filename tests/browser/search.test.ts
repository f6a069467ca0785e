/**
 * Search in a real browser, on the built sample site: typing gives results
 * with highlighted excerpts, a filter narrows them, a result opens the
 * article with the term marked, a deep link reproduces a search, the header
 * box leads there, and nothing logs an error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(server.url + path);
  return { page, problems };
}

/** The number in the “找到 N 篇文章” message once every bundle is searched; NaN until then. */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('.search-message').textContent()) ?? '';
  const digits = text.match(/^找到 (\d+) 篇文章$/);
  return digits ? Number(digits[1]) : Number.NaN;
}

const resultTitles = (page: Page) => page.locator('.search-result-link').allTextContents();

describe('search', () => {
  it('typing a term shows every matching article with the term highlighted', async () => {
    const { page, problems } = await open('/search/');
    await page.locator('.search-input').fill('联络站');
    await page.waitForSelector('.search-result mark');
    await expect.poll(() => resultCount(page)).toBe(10);
    const marks = await page.locator('.search-result-excerpt mark').allTextContents();
    expect(marks.join('')).toContain('联络站');
    // Excerpts read as Chinese: no spaces between ideographs.
    const excerpt = (await page.locator('.search-result-excerpt').first().textContent())!;
    expect(excerpt).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('联络站');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a term inside a longer word and a county name are found', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('源汇区')}`);
    await expect.poll(async () => (await resultTitles(page)).length).toBe(2);
    const titles = await resultTitles(page);
    for (const t of titles) expect(t).toContain('源汇区');
    await page.close();
  });

  it('a filter narrows the results', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('代表')}`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const before = await resultCount(page);
    await page.locator('summary', { hasText: '年份' }).click();
    await page.locator('label', { hasText: '2024' }).click();
    await expect.poll(() => resultCount(page)).toBeLessThan(before);
    // The count updates before the result list is redrawn: wait for the list,
    // then check every result shown is from 2024.
    const dates = page.locator('.search-result-tag', { hasText: '日期' });
    await expect
      .poll(async () => {
        const texts = await dates.allTextContents();
        return texts.length > 0 && texts.every((t) => t.includes('2024年'));
      })
      .toBe(true);
    await page.close();
  });

  it('results are newest first, and a deep link reproduces the search', async () => {
    const { page, problems } = await open(`/search/?q=${encodeURIComponent('票决')}`);
    await page.waitForSelector('.search-result');
    expect(await page.locator('.search-input').inputValue()).toBe('票决');
    const dateTags = page.locator('.search-result-tag', { hasText: '日期' });
    // Results render one by one: wait until every result on the page has its tags.
    await expect
      .poll(async () => (await dateTags.count()) > 1 && (await dateTags.count()) === (await page.locator('.search-result').count()))
      .toBe(true);
    const dates = await dateTags.allTextContents();
    const iso = dates.map((d) => d.replace(/.*?(\d{4})年(\d+)月(\d+)日.*/, (_, y, m, day) => `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`));
    expect(iso.length).toBeGreaterThan(1);
    expect([...iso].sort().reverse()).toEqual(iso);
    // The results come from both bundles, the latest year's and the earlier years' merged in.
    expect(new Set(iso.map((d) => d.slice(0, 4)))).toEqual(new Set(['2024', '2025']));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a result opens the article with the term marked', async () => {
    const { page, problems } = await open(`/search/?q=${encodeURIComponent('家门口')}`);
    await page.waitForSelector('.search-result-link');
    await page.locator('.search-result-link').first().click();
    await page.waitForSelector('mark.search-hit');
    expect(new URL(page.url()).pathname).toMatch(/^\/issues\/\d{4}\/\d+\/[a-z0-9-]+\/$/);
    const marks = await page.locator('.article mark.search-hit').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toBe('家门口');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the header search box leads to the search page with the results, by keyboard alone', async () => {
    const { page, problems } = await open('/issues/2025/24/');
    await page.locator('#site-q').focus();
    await page.keyboard.type('兰考');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    const titles = await resultTitles(page);
    for (const t of titles) expect(t).toContain('兰考');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the latest year's results before it fetches a file of the earlier years' bundle, then adds theirs below", async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/earlier/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('票决')}`);
    await expect.poll(() => page.locator('.search-message').textContent()).toContain('正在检索往年');
    await page.waitForSelector('.search-result');
    const first = await page.locator('.search-result-tag', { hasText: '日期' }).allTextContents();
    expect(first.length).toBeGreaterThan(0);
    for (const d of first) expect(d).toContain('2025年');
    // Only the latest bundle's files so far (the earlier bundle's first request is held), and no Pagefind UI script.
    expect(fetched.filter((p) => p.startsWith('/pagefind/earlier/') && !p.endsWith('pagefind.js'))).toEqual([]);
    expect(fetched.filter((p) => /pagefind-ui|pagefind-worker/.test(p))).toEqual([]);
    release();
    await expect.poll(() => resultCount(page)).toBeGreaterThan(first.length);
    const all = await page.locator('.search-result-tag', { hasText: '日期' }).allTextContents();
    expect(all.slice(0, first.length)).toEqual(first);
    expect(all.slice(first.length).every((d) => d.includes('2024年'))).toBe(true);
    await page.close();
  });

  it('shows ten results at a time, and the rest on request', async () => {
    const { page, problems } = await open(`/search/?q=${encodeURIComponent('代表')}`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(10);
    const total = await resultCount(page);
    await expect.poll(() => page.locator('.search-result').count()).toBe(10);
    await page.locator('.search-more').click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(total, 20));
    if (total <= 20) expect(await page.locator('.search-more').isHidden()).toBe(true);
    const links = await page.locator('.search-result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(links).size).toBe(links.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so on the page when the index cannot be loaded', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('联络站')}`);
    await expect.poll(() => page.locator('.search-message').textContent()).toContain('检索暂时无法使用');
    await page.close();
  });
});
