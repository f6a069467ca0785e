/** RSS feed of issues, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { issueLabel } from '../core/numbering.ts';
import { getArchive, issuesNewestFirst } from '../site/archive.ts';
import { issueUrl } from '../site/urls.ts';

export function GET(context: APIContext) {
  const { publication } = getArchive();
  return rss({
    title: `《${publication.title}》`,
    description: `${publication.organ}《${publication.title}》各期`,
    site: context.site ?? publication.siteUrl,
    customData: '<language>zh-cn</language>',
    items: issuesNewestFirst().map((issue) => ({
      title: `${publication.title} ${issueLabel(issue)}`,
      link: issueUrl(issue),
      pubDate: new Date(`${issue.date}T00:00:00+08:00`),
      description: issue.articles.map((a) => a.displayTitle).join('；'),
    })),
  });
}
