/**
 * The built pages in a real browser: they render without errors, fit a
 * phone screen, show the red masthead, and print without the site chrome.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
/** Screenshots for a person to look at; not compared by the test. */
const SHOTS = join(tmpdir(), 'jianbao-screenshots');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ['/', '/issues/', '/issues/2025/', '/issues/2025/24/', '/issues/2025/24/xinxiang/', '/issues/2024/10/'];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

describe('pages in Chromium', () => {
  for (const viewport of VIEWPORTS) {
    it(`render without errors and without horizontal scrolling (${viewport.name})`, async () => {
      const page = await browser.newPage({ viewport });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
      for (const path of PAGES) {
        await page.goto(server.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SHOTS, `${viewport.name}${path.replaceAll('/', '_')}.png`), fullPage: true });
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('issue page: red masthead, red rule, run-in headings in a sans font', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/issues/2025/24/`);
    const masthead = await page.evaluate(() => {
      const title = document.querySelector('.masthead-title')!;
      const header = document.querySelector('.masthead')!;
      const runIn = document.querySelector('.article-body strong.run-in')!;
      const body = document.querySelector('.article-body p')!;
      return {
        titleColor: getComputedStyle(title).color,
        ruleColor: getComputedStyle(header).borderBottomColor,
        titleVisible: title.getBoundingClientRect().height > 30,
        runInFont: getComputedStyle(runIn).fontFamily,
        bodyFont: getComputedStyle(body).fontFamily,
        indent: getComputedStyle(body).textIndent,
      };
    });
    expect(masthead.titleColor).toBe('rgb(200, 16, 46)');
    expect(masthead.ruleColor).toBe('rgb(200, 16, 46)');
    expect(masthead.titleVisible).toBe(true);
    expect(masthead.runInFont).toMatch(/Sans/);
    expect(masthead.bodyFont).toMatch(/Serif/);
    expect(masthead.indent).not.toBe('0px');
    await page.close();
  });

  it('print stylesheet hides the site chrome and keeps the bulletin', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}/issues/2025/24/`);
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        ['.site-header', '.site-footer', '.issue-nav', '.masthead', '.distribution'].map((s) => [
          s,
          getComputedStyle(document.querySelector(s)!).display !== 'none',
        ]),
      ),
    );
    expect(shown).toEqual({ '.site-header': false, '.site-footer': false, '.issue-nav': false, '.masthead': true, '.distribution': true });
    await page.close();
  });

  it('keyboard users can skip to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/issues/2025/24/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(focused).toEqual({ text: '跳到正文', href: '#main' });
    await page.close();
  });
});
