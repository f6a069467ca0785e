import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { placeSlug, regionSlug, uniqueSlug } from '../../src/core/region-slug.ts';
import { RegionIndex } from '../../src/core/regions.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const regions = new RegionIndex(parse(readFileSync(join(PROJECT, 'content/regions.yaml'), 'utf8')));

describe('article file names from regions', () => {
  it('spells place names in pinyin, with the readings place names have', () => {
    expect(placeSlug('兰考县')).toBe('lankao');
    expect(placeSlug('浚县')).toBe('xunxian');
    expect(placeSlug('召陵区')).toBe('shaoling');
    expect(placeSlug('泌阳县')).toBe('biyang');
    expect(placeSlug('殷都区')).toBe('yindu');
    expect(placeSlug('杞县')).toBe('qixian');
    expect(placeSlug('管城回族区')).toBe('guancheng');
    expect(placeSlug('济源示范区')).toBe('jiyuan');
  });

  it('gives districts their city and keeps counties bare', () => {
    const slug = (name: string) => {
      const r = regions.resolve(name);
      if (r.kind !== 'found') throw new Error(name);
      return regionSlug(r.region, regions);
    };
    expect(slug('许昌市建安区')).toBe('xuchang-jianan');
    expect(slug('西峡县')).toBe('xixia');
    expect(slug('洛阳市')).toBe('luoyang');
  });

  it('gives every region of Henan a URL-safe name, unique within its city', () => {
    for (const city of regions.cities) {
      const names = regions.countiesOf(city.code).map((c) => regionSlug(c, regions));
      for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('finds a free name', () => {
    expect(uniqueSlug('lankao', new Set())).toBe('lankao');
    expect(uniqueSlug('lankao', new Set(['lankao', 'lankao-2']))).toBe('lankao-3');
  });
});
