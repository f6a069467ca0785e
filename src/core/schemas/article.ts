import { z } from '../zod.ts';
import { metricValue, positiveInt, slugId, text } from './shared.ts';

/** Frontmatter of one article file inside an issue folder. */
export const articleSchema = z.strictObject({
  /** The headline without the region: the bulletin prints “region：title”. */
  title: text,
  /** A region name (西峡县, 开封市龙亭区, 洛阳市) or its GB/T 2260 code. */
  region: z.union([text, z.number().int()]).transform(String),
  /** How the title names the region, when the default (county, or city + district) does not fit. */
  regionLabel: text.optional(),
  /** 供稿单位, printed as （…供稿）. */
  committee: text,
  topics: z.array(text).default([]),
  metrics: z.record(z.string(), metricValue).default({}),
  /** Position in the issue, from 1. */
  order: positiveInt,
  /** URL segment; defaults to the file name. */
  slug: slugId.optional(),
});

export type ArticleFrontmatter = z.output<typeof articleSchema>;
