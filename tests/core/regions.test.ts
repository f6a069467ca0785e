import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { RegionIndex } from '../../src/core/regions.ts';
import { regionsSchema } from '../../src/core/schemas/index.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const regions = new RegionIndex(regionsSchema.parse(parse(readFileSync(`${PROJECT}/content/regions.yaml`, 'utf8'))));

describe('Henan regions', () => {
  it('holds the province, 17 省辖市 and 济源示范区, with their county-level divisions', () => {
    expect(regions.province.code).toBe('410000');
    expect(regions.cities).toHaveLength(18);
    expect(regions.cities.map((c) => c.name)).toContain('济源示范区');
    const counties = regions.all.filter((r) => r.level === 'county');
    expect(counties.length).toBe(156);
    for (const c of counties) expect(c.code.slice(0, 4), c.fullName).toBe(c.cityCode!.slice(0, 4));
  });

  it('resolves names, full names and codes', () => {
    const expectFound = (input: string, code: string) => {
      const r = regions.resolve(input);
      expect(r.kind === 'found' && r.region.code, input).toBe(code);
    };
    expectFound('西峡县', '411323');
    expectFound('开封市龙亭区', '410202');
    expectFound('龙亭区', '410202');
    expectFound('洛阳市', '410300');
    expectFound('410202', '410202');
    expectFound('全省', '410000');
    expectFound('河南省', '410000');
  });

  it('reports ambiguity with every candidate', () => {
    const r = regions.resolve('安阳');
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.fullName)).toEqual(['安阳市', '安阳市安阳县']);
  });

  it('suggests the near name for an unknown one', () => {
    const r = regions.resolve('新蔡');
    expect(r.kind === 'unknown' && r.suggestions.map((c) => c.fullName)).toEqual(['驻马店市新蔡县']);
    expect(regions.resolve('不存在县')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('names districts with their city in titles, counties bare, and rolls counties up to cities', () => {
    const get = (name: string) => {
      const r = regions.resolve(name);
      if (r.kind !== 'found') throw new Error(name);
      return r.region;
    };
    expect(get('北关区').titleLabel).toBe('安阳市北关区');
    expect(get('西峡县').titleLabel).toBe('西峡县');
    expect(get('林州市').titleLabel).toBe('林州市');
    expect(regions.cityOf(get('西峡县'))?.name).toBe('南阳市');
    expect(regions.cityOf(get('南阳市'))?.name).toBe('南阳市');
    expect(regions.cityOf(regions.province)).toBeUndefined();
  });
});
