import { z } from '../zod.ts';
import { isoDate, positiveInt, slugId } from './shared.ts';

/**
 * Frontmatter of content/issues/<year>/<number>/index.md. The year and the
 * number are the folder names and live nowhere else.
 */
export const issueSchema = z.strictObject({
  date: isoDate,
  series: z.strictObject({ id: slugId, part: positiveInt }).optional(),
  /** Distribution list id; defaults to publication.yaml's defaultDistribution. */
  distribution: slugId.optional(),
  /** 共印 N 份: a number overrides the list's count, `false` prints none. */
  copies: z.union([positiveInt, z.literal(false)]).optional(),
});

export type IssueFrontmatter = z.output<typeof issueSchema>;
