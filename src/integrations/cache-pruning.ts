/**
 * Astro integration, last in the list: once every step has written dist/,
 * drops the cache entries that neither this build nor the one before it used
 * (pruneCache), so the cache holds about two builds' outputs however many
 * times an editor publishes. A failed build never gets here: it prunes nothing.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCacheDir, pruneCache } from '../build/cache.ts';

export default function cachePruning(): AstroIntegration {
  let root = process.cwd();
  let started = Date.now();
  return {
    name: 'jianbao:cache-pruning',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        started = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const dir = buildCacheDir(root);
        if (!dir || !existsSync(dir)) return;
        const { kept, removed, removedBytes } = pruneCache(dir, 2, started);
        logger.info(`构建缓存：保留 ${kept} 项（最近两次构建用到的），清理 ${removed} 项、${(removedBytes / 2 ** 20).toFixed(1)} MB`);
      },
    },
  };
}
