/**
 * The series line (“……”主题活动专辑（四）) names a series of content/series.yaml
 * by its title. A title not yet there is added — with an id made from its
 * pinyin — so that the import is one step; the report says so, and warns
 * when the new title is close to an existing one (a renamed or misprinted
 * series the editor may prefer to map by hand).
 */
import { pinyin } from 'pinyin-pro';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import type { Series } from '../../core/model.ts';
import { uniqueSlug } from '../../core/region-slug.ts';
import { editDistance } from '../../core/text/closest.ts';
import { comparable } from './titles.ts';

export type SeriesChoice = { kind: 'existing'; series: Series } | { kind: 'new'; series: Series; similar?: Series };

/** Pinyin of the quoted name's parts, joined by hyphens: “代表履职·服务发展” → daibiaolvzhi-fuwufazhan. */
export function seriesId(title: string, taken: ReadonlySet<string>): string {
  const quoted = /“([^”]+)”/.exec(title)?.[1] ?? title.replace(/(主题活动)?专辑$/, '');
  const parts = quoted
    .split(/[·、，\s]+/)
    .map((p) => pinyin(p, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
  let id = '';
  for (const p of parts) {
    if (id && id.length + p.length + 1 > 40) break;
    id = id ? `${id}-${p}` : p;
  }
  return uniqueSlug(id.slice(0, 40).replace(/-+$/, '') || 'series', taken);
}

export function chooseSeries(title: string, known: readonly Series[]): SeriesChoice {
  const found = known.find((s) => comparable(s.title) === comparable(title));
  if (found) return { kind: 'existing', series: found };
  const series = { id: seriesId(title, new Set(known.map((s) => s.id))), title };
  const similar = known.find((s) => editDistance(comparable(s.title), comparable(title)) <= Math.max(2, Math.floor(comparable(title).length / 4)));
  return { kind: 'new', series, ...(similar ? { similar } : {}) };
}

/** series.yaml with `added` appended, its comments and layout kept; a missing file starts empty. */
export function seriesYamlWith(text: string | undefined, added: readonly Series[], note: (s: Series) => string): string {
  const doc = parseDocument(text ?? '# 专辑：期的 index.md 用 series: { id, part } 标明第几辑。\n[]\n');
  if (!isSeq(doc.contents)) throw new Error('content/series.yaml 的顶层不是列表，无法添加专辑');
  const list = doc.contents as YAMLSeq<unknown>;
  for (const s of added) {
    const node = doc.createNode({ id: s.id, title: s.title });
    node.commentBefore = ` ${note(s)}`;
    list.items.push(node);
  }
  list.flow = false;
  return doc.toString({ lineWidth: 0 });
}
