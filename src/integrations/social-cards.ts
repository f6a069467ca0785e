/**
 * Astro integration: the social cards — one per issue, one per article, one
 * for the site — drawn in the render pool while the pages build, written to
 * dist/cards/. Cards are cached like PDFs: an unchanged card is not drawn again.
 */
import { join } from 'node:path';
import { openBuildCache } from '../build/cache.ts';
import { acquireRenderPool } from '../build/render-pool.ts';
import { allCards, cardText } from '../cards/card-spec.ts';
import { fontFiles } from '../print/fonts/roles.ts';
import { buildStep } from './build-step.ts';

export default function socialCards() {
  return buildStep('jianbao:social-cards', async ({ root, archive, elapsed }) => {
    const fonts = fontFiles(root, archive.publication.print.fonts);
    const cache = openBuildCache(root, [fonts.masthead, fonts.title, fonts.heiti]);
    const cards = allCards(archive);
    // Every character of every card: the workers subset the fonts to it once.
    const fontText = [...new Set(cards.map(([, spec]) => cardText(spec)).join(''))].sort().join('');
    const pool = acquireRenderPool();
    let outputs;
    try {
      outputs = await Promise.all(cards.map(([, spec]) => cache.fetch('card', spec, async () => (await pool.run({ kind: 'card', root, publication: archive.publication, spec, fontText })).bytes)));
    } finally {
      await pool.release();
    }
    const seconds = elapsed();
    return (dir) => {
      cards.forEach(([path], k) => {
        outputs[k]!.writeTo(join(dir, path));
      });
      return `分享卡片：${cards.length} 张（新绘 ${cache.stats.misses}，缓存 ${cache.stats.hits}，${seconds} 秒）`;
    };
  });
}
