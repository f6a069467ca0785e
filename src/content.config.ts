/**
 * Astro's view of the content: the same zod schemas as `npm run check`.
 * Cross-entry rules (regions, numbering, distribution) run before this, in
 * the validation integration; collections are used here to render Markdown.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, issueSchema } from './core/schemas/index.ts';

const base = './content/issues';

export const collections = {
  issues: defineCollection({ loader: glob({ pattern: '*/*/index.md', base }), schema: issueSchema }),
  articles: defineCollection({ loader: glob({ pattern: ['*/*/*.md', '!*/*/index.md'], base }), schema: articleSchema }),
};
