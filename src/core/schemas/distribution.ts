import { z } from '../zod.ts';
import { positiveInt, text } from './shared.ts';

/** A group of recipients printed together: items joined by “、”, groups by “，”. A lone name is a group of one. */
const recipientGroup = z.union([text.transform((name) => [name]), z.array(text).min(1, { error: '至少写一个收件单位' })]);

/** content/distribution/<id>.yaml: who receives the printed bulletin. */
export const distributionSchema = z.strictObject({
  name: text,
  /** 送：leaders. */
  send: z.array(recipientGroup).default([]),
  /** 发：units. */
  deliver: z.array(recipientGroup).default([]),
  printingOrgan: text.optional(),
  /** Default 共印 N 份 for issues that use this list. */
  copies: positiveInt.optional(),
  /** Copies per recipient; must add up to the copy count. */
  allocation: z.record(z.string(), positiveInt).optional(),
});

export type DistributionList = z.output<typeof distributionSchema>;
