/** A few of Henan's regions, enough for the importer's unit tests (the CLI tests use content/regions.yaml). */
import { RegionIndex } from '../../../src/core/regions.ts';

export const REGIONS = new RegionIndex({
  province: { name: '河南省', code: '410000', label: '全省' },
  cities: [
    { name: '开封市', code: '410200', counties: [{ name: '龙亭区', code: '410202', kind: 'district' }] },
    { name: '鹤壁市', code: '410600', counties: [{ name: '山城区', code: '410603', kind: 'district' }] },
    { name: '许昌市', code: '411000', counties: [{ name: '建安区', code: '411003', kind: 'district' }] },
    { name: '南阳市', code: '411300', counties: [{ name: '西峡县', code: '411323', kind: 'county' }] },
    { name: '驻马店市', code: '411700', counties: [{ name: '新蔡县', code: '411729', kind: 'county' }] },
  ],
});
