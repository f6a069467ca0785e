export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Strict `YYYY-MM-DD` that names a real day (no 2025-02-30). */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** 2025年6月16日 — the bulletin's style, no zero padding. */
export function formatChineseDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`invalid ISO date: ${iso}`);
  return `${d.year}年${d.month}月${d.day}日`;
}
