/**
 * Henan's regions, and how an editor's `region:` text becomes one of them.
 * Exact names and codes resolve; anything else is reported with candidates.
 */
import type { RegionsFile } from './schemas/index.ts';

export type RegionLevel = 'province' | 'city' | 'county';
export type CountyKind = 'district' | 'county' | 'city';

export interface Region {
  code: string;
  name: string;
  /** Name with its city for county-level regions: 开封市龙亭区. */
  fullName: string;
  level: RegionLevel;
  kind?: CountyKind;
  /** Code of the 省辖市 a county-level region belongs to. */
  cityCode?: string;
  /** How a title names it: districts with their city (开封市龙亭区), counties bare (西峡县). */
  titleLabel: string;
}

export type RegionLookup =
  | { kind: 'found'; region: Region }
  | { kind: 'ambiguous'; candidates: Region[] }
  | { kind: 'unknown'; suggestions: Region[] };

// From a string, not a regex literal: esbuild keeps a literal's Chinese as is, and one non-ASCII
// character makes the CLI's whole bundle a two-byte string (tests/build/bundled-command.test.ts).
const SUFFIX = new RegExp('(示范区|自治县|新区|市|县|区)$');

export class RegionIndex {
  readonly province: Region;
  readonly cities: Region[];
  readonly all: Region[];
  private readonly byCode = new Map<string, Region>();
  private readonly byName = new Map<string, Region[]>();
  private readonly counties = new Map<string, Region[]>();

  constructor(file: RegionsFile) {
    this.province = {
      code: file.province.code,
      name: file.province.name,
      fullName: file.province.name,
      level: 'province',
      titleLabel: file.province.name,
    };
    this.cities = [];
    this.all = [this.province];
    for (const c of file.cities) {
      const city: Region = { code: c.code, name: c.name, fullName: c.name, level: 'city', titleLabel: c.name };
      this.cities.push(city);
      this.all.push(city);
      const counties = c.counties.map(
        (k): Region => ({
          code: k.code,
          name: k.name,
          fullName: c.name + k.name,
          level: 'county',
          kind: k.kind,
          cityCode: c.code,
          titleLabel: k.kind === 'district' ? c.name + k.name : k.name,
        }),
      );
      this.counties.set(c.code, counties);
      this.all.push(...counties);
    }
    for (const r of this.all) {
      this.byCode.set(r.code, r);
      for (const name of new Set([r.name, r.fullName])) {
        this.byName.set(name, [...(this.byName.get(name) ?? []), r]);
      }
    }
    this.byName.set(file.province.label, [this.province]);
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  countiesOf(cityCode: string): Region[] {
    return this.counties.get(cityCode) ?? [];
  }

  /** The 省辖市 a region rolls up into (itself for a city; none for the province). */
  cityOf(region: Region): Region | undefined {
    if (region.level === 'city') return region;
    return region.cityCode ? this.byCode.get(region.cityCode) : undefined;
  }

  resolve(input: string): RegionLookup {
    const text = input.trim();
    if (/^\d{6}$/.test(text)) {
      const region = this.byCode.get(text);
      return region ? { kind: 'found', region } : { kind: 'unknown', suggestions: [] };
    }
    const exact = this.byName.get(text) ?? [];
    if (exact.length === 1) return { kind: 'found', region: exact[0]! };
    if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
    // Not an exact name: find what the editor may have meant (安阳 → 安阳市 or 安阳县).
    const stem = text.replace(SUFFIX, '');
    const candidates = this.all.filter(
      (r) => r.name.replace(SUFFIX, '') === stem || r.fullName.replace(SUFFIX, '') === stem || (stem.length >= 2 && r.name.startsWith(stem)),
    );
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
    return { kind: 'unknown', suggestions: candidates };
  }
}

export function describeRegion(r: Region): string {
  return `${r.fullName}（${r.code}）`;
}
