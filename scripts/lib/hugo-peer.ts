/**
 * A peer for the build benchmark: Hugo builds the same articles, from the
 * same Markdown, as plain pages with a minimal template and nothing else
 * (no search, no PDFs, no cards, no lists) — the reference for how fast a
 * static build of this size can be. Hugo is optional: hugoAvailable() says
 * whether it is installed, and the benchmark skips the peer when it is not.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnMeasured } from './peak-memory.ts';

/** The `hugo version` line, or undefined when hugo is not installed (or does not run). */
export function hugoAvailable(): string | undefined {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.trim().split('\n')[0] || undefined;
}

// Only the article pages and the home page: no section lists, taxonomies, feeds, sitemap, robots.txt or 404.
const CONFIG = `baseURL = "https://daibiao.example.cn/"
languageCode = "zh-cn"
title = "代表工作"
hasCJKLanguage = true
disableKinds = ["section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[taxonomies]
`;
const PAGE = (body: string) => `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
${body}
</body>
</html>
`;
// Hugo's Goldmark keeps CommonMark's emphasis rules: in "**一、……。**代表" the closing ** follows punctuation
// and precedes an ideograph, so it cannot close and both ** stay as text. The project renders these run-in
// headings bold (remark-cjk-friendly); the template does the same, leaving the Markdown as it is.
const CONTENT = '{{ .Content | replaceRE `\\*\\*([^*<\\n]+?)\\*\\*` "<strong>$1</strong>" | safeHTML }}';
const LAYOUTS: Record<string, string> = {
  '_default/single.html': PAGE(`<article>\n<h1>{{ .Title }}</h1>\n${CONTENT}\n</article>`),
  '_default/list.html': PAGE('<h1>{{ .Title }}</h1>'),
  'index.html': PAGE('<h1>{{ .Site.Title }}</h1>'),
};

/** Writes the Hugo site in workDir (set-up, not timed). Returns the number of articles copied. */
function writeSite(contentDir: string, workDir: string): number {
  for (const dir of ['content', 'layouts', 'public', 'cache']) rmSync(join(workDir, dir), { recursive: true, force: true });
  writeFileSync(join(workDir, 'hugo.toml'), CONFIG);
  for (const [path, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(workDir, 'layouts', path, '..'), { recursive: true });
    writeFileSync(join(workDir, 'layouts', path), text);
  }
  // Files copied as they are: the article fields (title, region, committee, topics, metrics, order)
  // clash with no Hugo front matter name, and the other ones land in .Params. The issue's index.md
  // stays behind: in Hugo it would turn the folder into a leaf bundle and hide its articles.
  let copied = 0;
  const issues = join(contentDir, 'issues');
  for (const year of readdirSync(issues)) {
    for (const number of readdirSync(join(issues, year))) {
      const from = join(issues, year, number);
      const to = join(workDir, 'content', 'issues', year, number);
      mkdirSync(to, { recursive: true });
      for (const name of readdirSync(from)) {
        if (!name.endsWith('.md') || name === 'index.md') continue;
        copyFileSync(join(from, name), join(to, name));
        copied++;
      }
    }
  }
  return copied;
}

/** Builds the articles of contentDir with Hugo in workDir; times and measures only the hugo run. */
export async function runHugoPeer(contentDir: string, workDir: string): Promise<{ seconds: number; peakMemoryMB: number; pages: number; version: string }> {
  const version = hugoAvailable();
  if (!version) throw new Error('未找到 hugo：无法运行 Hugo 对照构建');
  mkdirSync(workDir, { recursive: true });
  writeSite(contentDir, workDir);
  const result = await spawnMeasured(
    'hugo',
    ['--quiet', '--gc=false', '--source', workDir, '--destination', join(workDir, 'public'), '--cacheDir', join(workDir, 'cache')],
    // --cacheDir keeps Hugo's file cache inside workDir (it wins over HUGO_CACHEDIR and the default under $TMPDIR).
    { cwd: workDir },
  );
  if (result.status !== 0) throw new Error(`Hugo 构建失败（退出码 ${result.status}）：\n${result.stderr}`);
  const pages = (readdirSync(join(workDir, 'public', 'issues'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
  return { seconds: result.seconds, peakMemoryMB: result.peakMemoryMB, pages, version };
}
