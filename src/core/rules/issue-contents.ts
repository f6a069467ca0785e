/** Each issue folder has an index.md and articles with unique slugs, orders 1..n and a body. */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { ParsedArticle, ParsedContent } from '../load/parse-content.ts';
import { isIssueFolder } from '../load/read-tree.ts';

export function checkIssueContents(parsed: ParsedContent, bag: DiagnosticBag): void {
  const indexByFolder = new Map(parsed.issues.map((i) => [i.folder, i]));
  const articlesByFolder = new Map<string, ParsedArticle[]>();
  for (const a of parsed.articles) articlesByFolder.set(a.folder, [...(articlesByFolder.get(a.folder) ?? []), a]);

  for (const folder of parsed.issueFolders) {
    const articles = articlesByFolder.get(folder) ?? [];
    const index = indexByFolder.get(folder);
    if (!index) {
      bag.add({
        file: `${folder}/index.md`,
        line: 0,
        field: '(文件)',
        message: '这一期缺少 index.md',
        fix: `新建 ${folder}/index.md，写上 --- date: 出刊日期 ---`,
        rule: 'issue.missing-index',
      });
    } else if (articles.length === 0 && (!parsed.onlyArticlesOf || isIssueFolder(folder, parsed.dir, parsed.onlyArticlesOf))) {
      bag.add({
        file: index.file,
        line: 0,
        field: '(文章)',
        message: '这一期没有文章',
        fix: `在 ${folder}/ 下为每篇文章建一个 .md 文件（npm run new-article 可代劳），或删除这个文件夹`,
        rule: 'issue.no-articles',
      });
    }
    checkSlugs(articles, bag);
    checkOrder(articles, bag);
  }

  for (const a of parsed.articles) {
    if (a.body.trim() === '') {
      bag.add({
        file: a.file,
        line: a.bodyStartLine,
        field: '(正文)',
        message: '文章正文为空',
        fix: '在 frontmatter 的 --- 之后写正文',
        rule: 'article.empty-body',
      });
    }
  }
}

function slugOf(a: ParsedArticle): string {
  return a.data?.slug ?? a.fileSlug;
}

function checkSlugs(articles: ParsedArticle[], bag: DiagnosticBag): void {
  const seen = new Map<string, ParsedArticle>();
  for (const a of articles) {
    const slug = slugOf(a);
    if (!a.data?.slug && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      bag.add({
        file: a.file,
        line: 0,
        field: '(文件名)',
        message: `文件名“${slug}”不能用作网址`,
        fix: '文件名改用小写英文、数字和连字符（如 xixia.md），或在 frontmatter 中写 slug: xixia',
        rule: 'article.bad-slug',
      });
    }
    const other = seen.get(slug.toLowerCase());
    if (other) {
      bag.add({
        file: a.file,
        line: a.data?.slug ? a.source!.lineOf(['slug']) : 0,
        field: 'slug',
        message: `网址名“${slug}”与 ${other.file} 重复`,
        fix: '改文件名，或用 slug: 字段给其中一篇另起网址名',
        rule: 'article.duplicate-slug',
      });
    } else seen.set(slug.toLowerCase(), a);
  }
}

function checkOrder(articles: ParsedArticle[], bag: DiagnosticBag): void {
  const valid = articles.filter((a) => a.data);
  const byOrder = new Map<number, ParsedArticle>();
  for (const a of valid) {
    const order = a.data!.order;
    const other = byOrder.get(order);
    if (other) {
      bag.add({
        file: a.file,
        line: a.source!.lineOf(['order']),
        field: 'order',
        message: `顺序号 ${order} 与 ${other.file} 重复`,
        fix: `本期文章的 order 应依次为 1 到 ${valid.length}`,
        rule: 'article.duplicate-order',
      });
    } else byOrder.set(order, a);
  }
  if (byOrder.size !== valid.length) return;
  const max = Math.max(0, ...byOrder.keys());
  for (const a of valid) {
    if (max > valid.length && a.data!.order === max) {
      const missing = Array.from({ length: max }, (_, k) => k + 1).filter((n) => !byOrder.has(n));
      bag.add({
        file: a.file,
        line: a.source!.lineOf(['order']),
        field: 'order',
        message: `本期文章顺序号不连续，缺少 ${missing.join('、')}`,
        fix: `本期文章的 order 应依次为 1 到 ${valid.length}`,
        rule: 'article.order-gap',
      });
    }
  }
}
