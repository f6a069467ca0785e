/** What staff need to know before printing: pages, duplex sheets, copies, total sheets. */
export interface PrintSummary {
  pages: number;
  sheetsPerCopy: number;
  copies: number | null;
  totalSheets: number | null;
}

export function printSummary(pages: number, copies: number | null): PrintSummary {
  const sheetsPerCopy = Math.ceil(pages / 2);
  return { pages, sheetsPerCopy, copies, totalSheets: copies === null ? null : copies * sheetsPerCopy };
}

export function formatSummary(s: PrintSummary): string {
  return [
    `页数：${s.pages} 页`,
    `每份用纸：${s.sheetsPerCopy} 张（双面印刷）`,
    `印数：${s.copies === null ? '未设（本期不印份数）' : `共印 ${s.copies} 份`}`,
    `合计用纸：${s.totalSheets === null ? '—' : `${s.totalSheets} 张`}`,
  ].join('\n');
}
