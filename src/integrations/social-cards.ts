/**
 * Astro integration: after the pages are built, draws the social cards —
 * one per issue, one per article, one for the site — into dist/cards/.
 * Cards are cached like PDFs: an unchanged card is not drawn again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openBuildCache } from '../build/cache.ts';
import { articleCard, issueCard, siteCard, type CardSpec } from '../cards/card-spec.ts';
import { articleCardPath, issueCardPath, siteCardPath } from '../cards/paths.ts';
import { renderCard } from '../cards/render-card.ts';
import { loadFonts } from '../print/render.ts';
import { afterBuild } from './after-build.ts';

export default function socialCards() {
  return afterBuild('jianbao:social-cards', async ({ root, archive, dir, logger, elapsed }) => {
    const fonts = loadFonts(root, archive);
    const cache = openBuildCache(root, [fonts.masthead.bytes, fonts.title.bytes, fonts.heiti.bytes]);
    const cards: [string, CardSpec][] = [[siteCardPath(), siteCard(archive)]];
    for (const issue of archive.issues) {
      cards.push([issueCardPath(issue), issueCard(archive, issue)]);
      for (const article of issue.articles) cards.push([articleCardPath(article), articleCard(archive, issue, article)]);
    }
    for (const [path, spec] of cards) {
      const png = await cache.get('card', spec, async () => (await renderCard(spec, fonts)).png);
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, png!);
    }
    logger.info(`分享卡片：${cards.length} 张（新绘 ${cache.stats.misses}，缓存 ${cache.stats.hits}，${elapsed()} 秒）`);
  });
}
