/** Vocabularies name each thing once: no duplicate metric keys, topic ids or labels, series ids, region codes. */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { Parsed, ParsedContent } from '../load/parse-content.ts';

export function checkVocabularies(parsed: ParsedContent, bag: DiagnosticBag): void {
  unique(parsed.metrics, 'key', bag);
  unique(parsed.topics, 'id', bag);
  unique(parsed.topics, 'label', bag);
  unique(parsed.series, 'id', bag);
  const regions = parsed.regions;
  if (regions) {
    const entries = regions.data.cities.flatMap((c, ci) => [
      { code: c.code, path: ['cities', ci, 'code'] },
      ...c.counties.map((k, ki) => ({ code: k.code, path: ['cities', ci, 'counties', ki, 'code'] })),
    ]);
    entries.unshift({ code: regions.data.province.code, path: ['province', 'code'] });
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.code)) {
        bag.add({ file: regions.file, line: regions.source.lineOf(e.path), field: 'code', message: `行政区划代码 ${e.code} 重复`, fix: '核对 GB/T 2260 代码', rule: 'vocabulary.duplicate' });
      }
      seen.add(e.code);
    }
  }
}

function unique<T extends Record<string, unknown>>(file: Parsed<T[]> | undefined, field: keyof T & string, bag: DiagnosticBag): void {
  if (!file) return;
  const seen = new Set<unknown>();
  file.data.forEach((item, index) => {
    const value = item[field];
    if (seen.has(value)) {
      bag.add({
        file: file.file,
        line: file.source.lineOf([index, field]),
        field,
        message: `“${String(value)}”重复出现`,
        fix: '每一项只写一次：删除或改名',
        rule: 'vocabulary.duplicate',
      });
    }
    seen.add(value);
  });
}
