/**
 * Which distribution list an imported issue uses: the list whose 送 and 发
 * lines read exactly as printed and whose printing organ is the one in
 * “……印发”; failing that, a new list. The copy count goes on the issue only
 * where it differs from the list's default.
 */
import { stringify } from 'yaml';
import { recipientsLine } from '../../core/distribution.ts';
import type { DistributionList } from '../../core/schemas/index.ts';
import { uniqueSlug } from '../../core/region-slug.ts';

export interface PrintedDistribution {
  send: string[][];
  deliver: string[][];
  /** Organ before 印发, when printed. */
  printingOrgan?: string;
  /** 共印 N 份, when printed. */
  copies?: number;
}

export interface NewList {
  id: string;
  list: DistributionList & { printingOrgan: string };
}

export interface DistributionChoice {
  id: string;
  /** Set when no list matched: the list to write. */
  created?: NewList;
  /** The issue's `copies:` — undefined to leave it out. */
  copies?: number | false;
}

export interface ListsInScope {
  lists: ReadonlyMap<string, DistributionList>;
  defaultId: string;
  /** publication.yaml's printing organ, for lists that name none. */
  printingOrgan: string;
}

function matches(list: DistributionList, printed: PrintedDistribution, defaultOrgan: string): boolean {
  return (
    recipientsLine(list.send) === recipientsLine(printed.send) &&
    recipientsLine(list.deliver) === recipientsLine(printed.deliver) &&
    (printed.printingOrgan === undefined || printed.printingOrgan === (list.printingOrgan ?? defaultOrgan))
  );
}

/** `issue` names a new list: 导入：2023年第5期, id import-2023-5. */
export function chooseDistribution(printed: PrintedDistribution, scope: ListsInScope, issue: { year: number; number: number }): DistributionChoice {
  const candidates = [...scope.lists]
    .filter(([, list]) => matches(list, printed, scope.printingOrgan))
    .sort(
      ([a, x], [b, y]) =>
        Number(b === scope.defaultId) - Number(a === scope.defaultId) ||
        Number(y.copies === printed.copies) - Number(x.copies === printed.copies) ||
        a.localeCompare(b),
    );
  const found = candidates[0];
  if (found) {
    const [id, list] = found;
    if (printed.copies !== undefined) return printed.copies === list.copies ? { id } : { id, copies: printed.copies };
    return list.copies !== undefined ? { id, copies: false } : { id };
  }
  const id = uniqueSlug(`import-${issue.year}-${issue.number}`, new Set(scope.lists.keys()));
  const created: NewList = {
    id,
    list: {
      name: `导入：${issue.year}年第${issue.number}期`,
      send: printed.send,
      deliver: printed.deliver,
      printingOrgan: printed.printingOrgan ?? scope.printingOrgan,
    },
  };
  return { id, created, ...(printed.copies !== undefined ? { copies: printed.copies } : {}) };
}

/** A new list's YAML, in the shape of content/distribution/standard.yaml. */
export function distributionYaml(created: NewList, source: string): string {
  const { name, send, deliver, printingOrgan } = created.list;
  const groups = (key: string, list: string[][]) => (list.length ? [`${key}:`, ...list.map((g) => `  - ${flow(g)}`)] : [`${key}: []`]);
  return [
    `# 由 npm run import 根据 ${source} 的分送栏新建：没有与之完全相同的已有名单。`,
    '# 如果其实是已有名单的变体，可改用已有名单（修改该期 index.md 的 distribution）并删除本文件。',
    `name: ${flow(name)}`,
    ...groups('send', send),
    ...groups('deliver', deliver),
    `printingOrgan: ${flow(printingOrgan)}`,
    '',
  ].join('\n');
}

/** A scalar or a one-line list, quoted only where YAML needs it. */
function flow(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
}
