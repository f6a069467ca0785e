export { articleSchema, type ArticleFrontmatter } from './article.ts';
export { distributionSchema, type DistributionList } from './distribution.ts';
export { issueSchema, type IssueFrontmatter } from './issue.ts';
export { publicationSchema, type Publication } from './publication.ts';
export * from './vocabularies.ts';
