/** Distribution lists: who gets the printed issue, and how many copies are printed. */
import type { DistributionList } from './schemas/index.ts';

export interface Distribution {
  id: string;
  name: string;
  send: string[][];
  deliver: string[][];
  printingOrgan: string;
  /** 共印 N 份, or null when the issue prints no count. */
  copies: number | null;
  allocation: Record<string, number> | undefined;
}

/** Items within a group joined by “、”, groups by “，”: the line after 送：/发：. */
export function recipientsLine(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => g.join('、')).join('，');
}

export function recipientsOf(list: Pick<DistributionList, 'send' | 'deliver'>): string[] {
  return [...list.send.flat(), ...list.deliver.flat()];
}

export function allocationTotal(allocation: Record<string, number>): number {
  return Object.values(allocation).reduce((a, b) => a + b, 0);
}

/**
 * The copy count an issue prints: its own `copies` when set (false = none),
 * else the list's default, else none.
 */
export function effectiveCopies(issueCopies: number | false | undefined, list: Pick<DistributionList, 'copies'>): number | null {
  if (issueCopies === false) return null;
  return issueCopies ?? list.copies ?? null;
}

export function resolveDistribution(
  id: string,
  list: DistributionList,
  issueCopies: number | false | undefined,
  defaultPrintingOrgan: string,
): Distribution {
  return {
    id,
    name: list.name,
    send: list.send,
    deliver: list.deliver,
    printingOrgan: list.printingOrgan ?? defaultPrintingOrgan,
    copies: effectiveCopies(issueCopies, list),
    allocation: list.allocation,
  };
}
