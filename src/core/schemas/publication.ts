import { z } from '../zod.ts';
import { issueKey, positiveInt, slugId, text } from './shared.ts';

/** content/publication.yaml: facts about the bulletin itself. */
export const publicationSchema = z.strictObject({
  title: text,
  /** Issuing organ printed under the masthead. */
  organ: text,
  /** Organ in the footer's “……印发”; a distribution list may override it. Defaults to `organ`. */
  printingOrgan: text.optional(),
  numbering: z
    .strictObject({
      /** 第 N 期 starts again at 1 every year. */
      restartsYearly: z.boolean().default(true),
      /**
       * 总第 M 期: issue `anchor` is number `total`; the issues that follow it
       * without a break count on from it. A break (a year's end missing from
       * the archive) needs another anchor.
       */
      runningTotal: z.array(z.strictObject({ anchor: issueKey, total: positiveInt })).default([]),
      /** Issues known to be missing from the archive, so that the gap is not an error. */
      knownGaps: z.array(issueKey).default([]),
    })
    .default({ restartsYearly: true, runningTotal: [], knownGaps: [] }),
  defaultDistribution: slugId,
  siteUrl: z.url({ error: '应为完整网址，如 https://example.cn/' }),
  /** Print edition settings: an office's own font files per role (paths from the project root). */
  print: z
    .strictObject({
      fonts: z
        .strictObject({ body: text, title: text, masthead: text, heiti: text, emphasis: text })
        .partial()
        .default({}),
    })
    .default({ fonts: {} }),
  /** House style of the copy, checked by `npm run check` (src/core/lint). */
  style: z
    .strictObject({
      /** Chinese next to Latin letters and digits: 16个 (`none`, as official documents set it) or 16 个 (`space`). */
      latinSpacing: z.enum(['none', 'space']).default('none'),
    })
    .default({ latinSpacing: 'none' }),
});

export type Publication = z.output<typeof publicationSchema>;
