import { z } from '../zod.ts';
import { slugId, text } from './shared.ts';

/** content/metrics.yaml */
export const metricsSchema = z.array(
  z.strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: '指标 key 只能用小写英文字母、数字和下划线' }),
    label: text,
    unit: text,
    description: text.optional(),
  }),
);

/** content/topics.yaml */
export const topicsSchema = z.array(z.strictObject({ id: slugId, label: text }));

/** content/series.yaml */
export const seriesSchema = z.array(z.strictObject({ id: slugId, title: text }));

const regionCode = z.string().regex(/^\d{6}$/, { error: '行政区划代码应为 6 位数字（加引号）' });

/** content/regions.yaml */
export const regionsSchema = z.strictObject({
  province: z.strictObject({ name: text, code: regionCode, label: text }),
  cities: z.array(
    z.strictObject({
      name: text,
      code: regionCode,
      counties: z
        .array(z.strictObject({ name: text, code: regionCode, kind: z.enum(['district', 'county', 'city']) }))
        .default([]),
    }),
  ),
});

export type MetricsFile = z.output<typeof metricsSchema>;
export type TopicsFile = z.output<typeof topicsSchema>;
export type SeriesFile = z.output<typeof seriesSchema>;
export type RegionsFile = z.output<typeof regionsSchema>;
