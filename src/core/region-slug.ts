/**
 * File names for articles come from their region, in pinyin: 兰考县 → lankao,
 * 许昌市建安区 → xuchang-jianan. pinyin-pro reads common words; place names
 * with a reading of their own (浚县 is xùn, not jùn) are fixed here.
 */
import { pinyin } from 'pinyin-pro';
import type { Region, RegionIndex } from './regions.ts';

/** Place-name readings that differ from the common reading of the character. */
const PLACE_READINGS: Record<string, string> = {
  浚: 'xun',
  召陵: 'shaoling',
  泌阳: 'biyang',
  殷都: 'yindu',
  魏都: 'weidu',
};

const SUFFIX = /(回族区|示范区|自治县|区|县|市)$/;
const SUFFIX_PINYIN: Record<string, string> = { 县: 'xian', 区: 'qu', 市: 'shi' };

/** The pinyin of one place name without its suffix; a one-character stem keeps it (杞县 → qixian). */
export function placeSlug(name: string): string {
  const suffix = name.match(SUFFIX)?.[1] ?? '';
  const stem = name.slice(0, name.length - suffix.length) || name;
  let spelled = PLACE_READINGS[stem] ?? pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  if ([...stem].length === 1) spelled += SUFFIX_PINYIN[suffix.slice(-1)] ?? '';
  return spelled.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]+/g, '');
}

/** Districts carry their city (xuchang-jianan), as their titles do; counties and cities stand alone. */
export function regionSlug(region: Region, regions: RegionIndex): string {
  const city = regions.cityOf(region);
  if (region.level === 'county' && region.kind === 'district' && city) return `${placeSlug(city.name)}-${placeSlug(region.name)}`;
  if (region.level === 'province') return 'province';
  return placeSlug(region.name);
}

/** A slug not yet in `taken`: lankao, lankao-2, lankao-3… */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
