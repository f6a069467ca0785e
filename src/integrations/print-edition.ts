/**
 * Astro integration: after the pages are built, writes every issue's print
 * edition to dist/pdf/<year>-<number>.pdf. A problem the print edition
 * cannot get past (a character no font has, Markdown it cannot set) stops
 * the build with the editor's report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openBuildCache } from '../build/cache.ts';
import { formatReport, type Diagnostic } from '../core/diagnostics.ts';
import { FONT_ROLES } from '../print/fonts/roles.ts';
import { pdfPath } from '../print/paths.ts';
import { loadFonts, printIssue } from '../print/render.ts';
import { afterBuild } from './after-build.ts';

export default function printEdition() {
  return afterBuild('jianbao:print-edition', async ({ root, archive, dir, logger, elapsed }) => {
    const fonts = loadFonts(root, archive);
    const cache = openBuildCache(root, FONT_ROLES.map((role) => fonts[role].bytes));
    const problems: Diagnostic[] = [];
    for (const issue of archive.issues) {
      // Everything the PDF is drawn from: the issue (with its articles) and the publication settings.
      const bytes = await cache.get('pdf', { publication: archive.publication, issue }, async () => {
        const result = await printIssue(root, archive, issue, fonts);
        problems.push(...result.diagnostics);
        return result.bytes;
      });
      if (!bytes) continue;
      const target = join(dir, pdfPath(issue));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    if (problems.length) {
      process.stderr.write(`\n印刷版无法生成：\n${formatReport(problems)}\n`);
      process.exit(1);
    }
    logger.info(`印刷版 PDF：${archive.issues.length} 期（新绘 ${cache.stats.misses}，缓存 ${cache.stats.hits}，${elapsed()} 秒）`);
  });
}
