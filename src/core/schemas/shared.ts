import { z } from '../zod.ts';
import { parseIsoDate } from '../dates.ts';
import { parseMetricValue } from '../metrics.ts';

/** Non-empty text with surrounding white space removed. */
export const text = z.string().trim().min(1, { error: '不能为空' });

export const positiveInt = z.number().int().positive();

/** Lowercase ASCII id used in URLs and cross references: `standard`, `deputies-at-grassroots`. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '只能用小写英文字母、数字和连字符（如 standard）' });

/**
 * A calendar date. js-yaml (Astro's loader) hands us a Date for `2025-06-16`,
 * the `yaml` package (the scripts) a string; both become `YYYY-MM-DD`.
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!parseIsoDate(iso)) {
    ctx.addIssue({ code: 'custom', message: `日期“${String(iso)}”无效，应写成 2025-06-16 这样的格式` });
    return z.NEVER;
  }
  return iso;
});

/** `129` (exact) or `1200+` (at least 1200, printed 1200余). */
export const metricValue = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const parsed = parseMetricValue(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `指标数值“${String(value)}”无效：应为不小于 0 的整数，约数写作“1200+”`,
    });
    return z.NEVER;
  }
  return parsed;
});

/** `2025/24`: a year and an issue number. */
export const issueKey = z.string().regex(/^\d{4}\/[1-9]\d*$/, { error: '应写成“年/期号”，如 2025/24' });
