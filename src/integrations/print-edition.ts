/**
 * Astro integration: every issue's print edition, drawn in the render pool
 * while the pages build and written to dist/pdf/<year>-<number>.pdf. A
 * problem the print edition cannot get past (a character no font has,
 * Markdown it cannot set) stops the build with the editor's report.
 */
import { join } from 'node:path';
import { openBuildCache, type Stored } from '../build/cache.ts';
import { acquireRenderPool } from '../build/render-pool.ts';
import { formatReport, type Diagnostic } from '../core/diagnostics.ts';
import { FONT_ROLES, fontFiles } from '../print/fonts/roles.ts';
import { pdfPath } from '../print/paths.ts';
import { buildStep, StepFailure } from './build-step.ts';

export default function printEdition() {
  return buildStep('jianbao:print-edition', async ({ root, archive, elapsed }) => {
    const fonts = fontFiles(root, archive.publication.print.fonts);
    const cache = openBuildCache(root, FONT_ROLES.map((role) => fonts[role]));
    const pool = acquireRenderPool();
    const problems: Diagnostic[] = [];
    let outputs: (Stored | undefined)[];
    try {
      outputs = await Promise.all(
        archive.issues.map((issue) =>
          // Everything the PDF is drawn from: the issue (with its articles) and the publication settings.
          cache.fetch('pdf', { publication: archive.publication, issue }, async () => {
            const result = await pool.run({ kind: 'pdf', root, publication: archive.publication, issue });
            problems.push(...result.diagnostics);
            return result.bytes;
          }),
        ),
      );
    } finally {
      await pool.release();
    }
    if (problems.length) throw new StepFailure(`印刷版无法生成：\n${formatReport(problems)}`);
    const seconds = elapsed();
    return (dir) => {
      archive.issues.forEach((issue, k) => {
        outputs[k]!.writeTo(join(dir, pdfPath(issue)));
      });
      return `印刷版 PDF：${archive.issues.length} 期（新绘 ${cache.stats.misses}，缓存 ${cache.stats.hits}，${seconds} 秒）`;
    };
  });
}
