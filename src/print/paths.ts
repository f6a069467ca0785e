import type { IssueId } from '../core/numbering.ts';

/** `pdf/2025-24.pdf`, relative to the site root: one name for the build, the CLI and the issue page's link. */
export function pdfPath(issue: IssueId): string {
  return `pdf/${issue.year}-${issue.number}.pdf`;
}

export function numberedPdfPath(issue: IssueId): string {
  return `pdf/${issue.year}-${issue.number}-numbered.pdf`;
}
