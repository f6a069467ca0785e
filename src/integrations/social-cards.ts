/**
 * Astro integration: after the pages are built, draws the social cards —
 * one per issue, one per article, one for the site — into dist/cards/.
 * Cards are cached like PDFs: an unchanged card is not drawn again.
 */
import type { AstroIntegration } from 'astro';
import { seconds } from './stage-time.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBuildCache } from '../build/cache.ts';
import { articleCard, issueCard, siteCard, type CardSpec } from '../cards/card-spec.ts';
import { articleCardPath, issueCardPath, siteCardPath } from '../cards/paths.ts';
import { renderCard } from '../cards/render-card.ts';
import { loadArchive } from '../core/load/index.ts';
import { loadFonts } from '../print/render.ts';

export default function socialCards(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'jianbao:social-cards',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { archive } = loadArchive(root);
        if (!archive) return; // validation has already reported why
        const fonts = loadFonts(root, archive);
        const cache = openBuildCache(root, [fonts.masthead.bytes, fonts.title.bytes, fonts.heiti.bytes]);
        const cards: [string, CardSpec][] = [[siteCardPath(), siteCard(archive)]];
        for (const issue of archive.issues) {
          cards.push([issueCardPath(issue), issueCard(archive, issue)]);
          for (const article of issue.articles) cards.push([articleCardPath(article), articleCard(archive, issue, article)]);
        }
        for (const [path, spec] of cards) {
          const png = await cache.get('card', spec, async () => (await renderCard(spec, fonts)).png);
          const target = join(fileURLToPath(dir), path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, png!);
        }
        logger.info(`分享卡片：${cards.length} 张（新绘 ${cache.stats.misses}，缓存 ${cache.stats.hits}，${seconds(started)} 秒）`);
      },
    },
  };
}
