import { issueLabel, type IssueId } from '../core/numbering.ts';

/** `pdf/2025-24.pdf`, relative to the site root: one name for the build, the CLI and the issue page's link. */
export function pdfPath(issue: IssueId): string {
  return `pdf/${issue.year}-${issue.number}.pdf`;
}

export function numberedPdfPath(issue: IssueId): string {
  return `pdf/${issue.year}-${issue.number}-numbered.pdf`;
}

/** What a reader's browser saves the PDF as: 代表工作2025年第24期.pdf (the URL stays ASCII). */
export function pdfDownloadName(publicationTitle: string, issue: IssueId): string {
  return `${publicationTitle}${issueLabel(issue)}.pdf`;
}
