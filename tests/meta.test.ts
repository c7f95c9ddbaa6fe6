// Metadata against the seeds' hand-made gold (text and saved pages), and against hand-written
// expectations for the forms the genre uses (dates, issuers, titles, signatures, 繁體).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, fromText } from '../lib/extract';
import { extractMeta } from '../lib/meta';
import { dateLine, parseDate } from '../lib/dates';
import { leadingRegion, levelOfRegion, parseIssuer } from '../lib/region';
import { toSimplified } from '../lib/traditional';
import { loadPage, parsePage } from '../scripts/lib/load';
import type { Extraction } from '../lib/types';

const FIX = path.resolve(__dirname, 'fixtures');
const PAGES = path.join(FIX, 'pages');

interface Gold {
  file: string;
  title: string | null;
  issuer: string | null;
  issuer_hint?: string;
  region: string | null;
  region_level: string | null;
  report_year: number | null;
  published: string | null;
}
interface PageEntry {
  file: string;
  isReport: boolean;
  seed?: string;
  url: string;
  published?: string;
}

const golds: Array<[string, Gold]> = fs
  .readdirSync(path.join(FIX, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(FIX, 'gold', f), 'utf8')) as Gold]);
const goldBySeed = new Map(golds);
const index: PageEntry[] = fs.existsSync(path.join(PAGES, 'index.json'))
  ? (JSON.parse(fs.readFileSync(path.join(PAGES, 'index.json'), 'utf8')) as PageEntry[]).filter((e) =>
      fs.existsSync(path.join(PAGES, e.file)),
    )
  : [];

describe('seed texts (fromText) against the gold', () => {
  for (const [id, g] of golds) {
    it(id, () => {
      const text = fs.readFileSync(path.join(FIX, 'seeds', g.file), 'utf8');
      const m = extractMeta(fromText(text, null));
      if (g.region) expect(m.region).toBe(g.region);
      if (g.issuer) expect(m.issuer).toBe(g.issuer);
      else expect(m.issuer).toBeNull();
      if (g.region_level) expect(m.regionLevel).toBe(g.region_level);
      expect(m.reportYear).toBe(g.report_year);
      expect(m.publishedAt).toBe(g.published);
      if (g.title) expect(m.title).toBe(g.title);
    });
  }
});

describe('saved report pages against their seed gold', () => {
  for (const e of index.filter((x) => x.isReport && x.seed)) {
    it(e.file, () => {
      const g = goldBySeed.get(e.seed as string) as Gold;
      const m = extractMeta(extract(loadPage(path.join(PAGES, e.file)), e.url));
      // the region the gold names, as the region or inside the issuer
      const core = (g.region ?? g.issuer_hint ?? g.issuer ?? '') as string;
      expect(`${m.region ?? ''}|${m.issuer ?? ''}`).toContain(core);
      if (g.region_level) expect(m.regionLevel).toBe(g.region_level);
      expect(m.reportYear).toBe(g.report_year);
      // a page's publish date is the portal's; the gold's, where it has one, is the document's own
      if (e.published) expect(m.publishedAt).toBe(e.published);
      else if (g.published) expect(m.publishedAt).toBe(g.published);
      expect(m.url).toBe(e.url);
    });
  }
});

function meta(text: string): ReturnType<typeof extractMeta> {
  return extractMeta(fromText(text, null));
}

function pageMeta(html: string): ReturnType<typeof extractMeta> {
  return extractMeta(extract(parsePage(html), 'http://www.example.gov.cn/'));
}

describe('dates in every form the portals write', () => {
  it.each([
    ['2025-03-05', '2025-03-05'],
    ['2025年03月05日', '2025-03-05'],
    ['2025/3/5 10:21', '2025-03-05'],
    ['发布时间：2025.3.5', '2025-03-05'],
    ['２０２５年３月５日', '2025-03-05'],
    ['二〇二四年二月四日', '2024-02-04'],
    ['二○二四年十二月二十五日', '2024-12-25'],
    ['2024-02-30', null],
    ['2021-2025年', null],
  ])('%s', (s, iso) => {
    expect(parseDate(s)).toBe(iso);
  });

  it('recognises a date line and nothing longer', () => {
    expect(dateLine('2024年2月4日')).toBe('2024-02-04');
    expect(dateLine('（2024年2月4日）')).toBe('2024-02-04');
    expect(dateLine('2024年2月4日召开常务会议')).toBeNull();
  });
});

describe('issuers and regions', () => {
  it.each([
    ['墨玉县人民政府', '墨玉县', false],
    ['石家庄市栾城区人民政府', '石家庄市栾城区', false],
    ['中共和平县委 和平县人民政府', '和平县', false],
    ['郑州市市场监督管理局', '郑州市', true],
    ['宝安区住房和城乡建设局', '宝安区', true],
    ['通州区人民政府', '通州区', false],
    ['沛县人民政府', '沛县', false],
    ['某某县发展和改革局', '某某县', true],
    ['某某县城市管理局', '某某县', true],
    ['中共某某县委全面依法治县委员会办公室', '某某县', true],
    ['中共某某县委员会', '某某县', false],
    ['新疆维吾尔自治区和田地区墨玉县', '新疆维吾尔自治区和田地区墨玉县', false],
  ])('%s', (name, region, department) => {
    const p = parseIssuer(name);
    expect(p?.info.region).toBe(region);
    expect(p?.info.department).toBe(department);
  });

  it('does not take sentences or pronouns for issuers', () => {
    expect(parseIssuer('县委、县政府高度重视法治政府建设')).toBeNull();
    expect(leadingRegion('全县')).toBeNull();
    expect(leadingRegion('县委')).toBeNull();
  });

  it('levels regions by their last unit', () => {
    expect(levelOfRegion('内蒙古自治区')).toBe('province');
    expect(levelOfRegion('北京市')).toBe('province');
    expect(levelOfRegion('海东市')).toBe('city');
    expect(levelOfRegion('石家庄市栾城区')).toBe('district');
    expect(levelOfRegion('墨玉县')).toBe('county');
    expect(levelOfRegion('城关镇')).toBe('town');
  });
});

describe('metadata from text', () => {
  it('reads a department report from its title: region is the city, level department', () => {
    const m = meta('海东市司法局2023年法治政府建设年度报告\n2023年，市司法局坚持以习近平法治思想为指导。\n一、主要工作');
    expect(m.issuer).toBe('海东市司法局');
    expect(m.region).toBe('海东市');
    expect(m.regionLevel).toBe('department');
    expect(m.reportYear).toBe(2023);
  });

  it('reads 关于…的报告 titles with the issuer on the line above and the year in the title', () => {
    const m = meta('某某市某某区人民政府\n关于2024年度法治政府建设情况的报告\n2024年，在区委的坚强领导下，我区坚持依法行政。');
    expect(m.issuer).toBe('某某市某某区人民政府');
    expect(m.region).toBe('某某市某某区');
    expect(m.regionLevel).toBe('district');
    expect(m.reportYear).toBe(2024);
    expect(m.title).toBe('关于2024年度法治政府建设情况的报告');
  });

  it('reads a signature with a date written in Chinese numerals', () => {
    const m = meta('2024年法治政府建设工作情况报告\n2024年，我县坚持依法行政。\n一、主要举措\n……\n某某县人民政府\n二〇二五年三月十日');
    expect(m.issuer).toBe('某某县人民政府');
    expect(m.publishedAt).toBe('2025-03-10');
    expect(m.region).toBe('某某县');
  });

  it('reads a joint issuer in the title and a date line under it', () => {
    const m = meta('中共某某县委 某某县人民政府关于2024年法治政府建设情况的报告\n（2025年3月5日）\n2024年，我县坚持依法行政。');
    expect(m.issuer).toBe('中共某某县委 某某县人民政府');
    expect(m.region).toBe('某某县');
    expect(m.regionLevel).toBe('county');
    expect(m.publishedAt).toBe('2025-03-05');
    expect(m.reportYear).toBe(2024);
  });

  it('reads a signature glued to the last paragraph of a page that lost its line breaks', () => {
    const m = meta('某某县2024年法治政府建设年度报告\n2024年，某某县坚持依法行政。一、主要工作……三是深化普法宣传，全年开展普法活动不少于900场次。某某县人民政府 2025年4月8日');
    expect(m.issuer).toBe('某某县人民政府');
    expect(m.publishedAt).toBe('2025-04-08');
  });

  it('treats a 街道办事处 as the town government, not a department', () => {
    const m = meta('某某街道办事处2024年法治政府建设工作报告\n2024年，我街道坚持依法行政。');
    expect(m.region).toBe('某某街道');
    expect(m.regionLevel).toBe('town');
  });

  it('takes the region from the opening sentence when nothing else names it', () => {
    const m = meta('2023年，海北藏族自治州坚持以习近平法治思想为指导，推进法治政府建设。\n一、主要工作情况');
    expect(m.region).toBe('海北藏族自治州');
    expect(m.regionLevel).toBe('city');
    expect(m.reportYear).toBe(2023);
  });

  it('reads 繁體 text by converting for matching only, keeping the title as written', () => {
    const m = meta('和平縣2023年法治政府建設年度報告\n2023年，我縣堅持依法行政。\n中共和平縣委 和平縣人民政府\n2024年2月4日');
    expect(m.title).toBe('和平縣2023年法治政府建設年度報告');
    expect(m.region).toBe('和平县');
    expect(m.issuer).toBe('中共和平县委 和平县人民政府');
    expect(m.reportYear).toBe(2023);
    expect(m.publishedAt).toBe('2024-02-04');
  });

  it('falls back to the year before publication', () => {
    const ex: Extraction = {
      title: '法治政府建设情况报告',
      text: '今年以来，我局认真贯彻落实上级部署。',
      method: 'readability',
      reasons: [],
      page: { tags: { pubdate: '2025-03-28' }, docTitle: null, visibleTitle: null, infoLine: null, url: null },
    };
    expect(extractMeta(ex).reportYear).toBe(2024);
    expect(extractMeta(ex).publishedAt).toBe('2025-03-28');
  });
});

describe('metadata from page meta tags and the info line', () => {
  it('prefers gov meta tags', () => {
    const m = pageMeta(`<html><head><title>某某县2024年法治政府建设年度报告_某某县人民政府</title>
<meta name="ArticleTitle" content="某某县2024年法治政府建设年度报告"><meta name="PubDate" content="2025/3/27 09:00">
<meta name="ContentSource" content="某某县人民政府"></head><body><p>2024年，我县坚持依法行政，法治政府建设取得新成效。</p></body></html>`);
    expect(m.title).toBe('某某县2024年法治政府建设年度报告');
    expect(m.publishedAt).toBe('2025-03-27');
    expect(m.source).toBe('某某县人民政府');
    expect(m.issuer).toBe('某某县人民政府');
    expect(m.region).toBe('某某县');
    expect(m.url).toBe('http://www.example.gov.cn/');
  });

  it('reads the info line in its other forms', () => {
    const m = pageMeta(`<html><head><title>关于2024年度法治政府建设情况的报告</title></head><body>
<div class="info">發佈時間：2025年03月21日 來源：某某市司法局</div>
<div class="content"><p>2024年，某某市坚持以习近平法治思想为指导，推进法治政府建设。</p></div></body></html>`);
    expect(m.publishedAt).toBe('2025-03-21');
    expect(m.source).toBe('某某市司法局');
    expect(m.reportYear).toBe(2024);
  });

  it('keeps conversion length-preserving', () => {
    const s = '發佈時間：2025年03月21日 來源：某某市司法局 瀏覽次數';
    expect(toSimplified(s)).toHaveLength(s.length);
    expect(toSimplified(s)).toBe('发布时间：2025年03月21日 来源：某某市司法局 浏览次数');
  });
});
