// Report metadata from everything that states it: gov meta tags, the portal's info line, the title,
// the top issuer line, the signature at the end, the opening sentence and, last, the report's own
// words. Matching runs on a simplified copy of the text (same length). Title and source are returned
// as written; issuer and region in simplified characters, so reports group by place in the collection
// whichever script their portal serves.
import type { Extraction, RegionLevel, ReportMeta } from './types';
import { isChromeLine } from './chrome';
import { asciiDigits, dateLine, findDate, isoDate, parseDate } from './dates';
import {
  leadingRegion,
  levelOfRegion,
  parseIssuer,
  parseIssuerName,
  regionFromMentions,
  regionLevelFor,
  selfReference,
  type IssuerInfo,
} from './region';
import { toSimplified } from './traditional';

const HEAD_CHARS = 4000;
const TAIL_CHARS = 2000;
const INFO_LABELS =
  '来源|文章来源|信息来源|发布时间|发布日期|发文日期|成文日期|更新时间|浏览次数|点击数|点击量|阅读次数|访问量|浏览量|字号|字体|作者|编辑|责任编辑|发布机构|发文机关|索引号';

interface Line {
  text: string; // as written
  s: string; // simplified, same length
}

function lines(chunk: string): Line[] {
  const out: Line[] = [];
  // the chunk simplified once (same length, character for character) and cut where the lines are
  const simple = toSimplified(chunk);
  let pos = 0;
  for (const raw of chunk.split('\n')) {
    const text = raw.trim();
    if (text) {
      const from = pos + raw.length - raw.trimStart().length;
      out.push({ text, s: simple === chunk ? text : simple.slice(from, from + text.length) });
    }
    pos += raw.length + 1;
  }
  return out;
}

export function extractMeta(ex: Extraction): ReportMeta {
  const { page } = ex;
  const tags = page.tags;
  const text = ex.text;
  const headRaw = text.slice(0, HEAD_CHARS);
  const head = lines(headRaw).slice(0, 40);
  // the simplified head, made once and only when a witness needs it
  let headSimple: string | null = null;
  const headS = () => (headSimple ??= toSimplified(headRaw));
  const tail = lines(text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text).slice(-10);
  const body = head.filter((l) => !isChromeLine(l.text));

  const title = ex.title ?? titleLine(body);
  const titleS = title ? toSimplified(title) : null;

  // who issued it, best witness first
  const signature = signatureOf(tail);
  const topIssuer = topIssuerLine(body, titleS);
  const fromTitle = titleS ? issuerInTitle(titleS) : null;
  const infoLines = [page.infoLine, ...head.filter((l) => isChromeLine(l.text)).map((l) => l.text)].filter(
    (x): x is string => !!x,
  );
  const source = tags['contentsource'] || infoValue(infoLines, '来源|文章来源|信息来源') || infoValue(infoLines, '发布机构|发文机关') || null;
  const fromSource = source ? parseIssuer(toSimplified(source)) : null;
  const fromSite = tags['sitename'] ? parseIssuer(toSimplified(tags['sitename'])) : null;

  let issuer: string | null = null;
  let info: IssuerInfo | null = null;
  for (const c of [signature, topIssuer, fromTitle?.issuer ? fromTitle : null]) {
    if (c?.issuer) {
      issuer = c.issuer;
      info = c.info;
      break;
    }
  }
  // the 来源 is often the office that posted the page; it is the issuer only when it agrees with
  // the title's region (or nothing else names one)
  if (!issuer && fromSource) {
    const titleRegion = fromTitle?.info.region ?? null;
    const src = fromSource.info.region;
    const agrees = !!titleRegion && (src.endsWith(titleRegion) || titleRegion.endsWith(src));
    if (!titleRegion || (agrees && !fromSource.info.department)) {
      issuer = fromSource.issuer;
      info = fromSource.info;
    }
  }

  // a government's own site (SiteName 「XX县人民政府」) posting a report on the same place, unsigned
  if (!issuer && fromSite && !fromSite.info.department && /人民政府$/.test(fromSite.issuer ?? '')) {
    const titleRegion = fromTitle?.info.region ?? null;
    if (titleRegion && fromSite.info.region === titleRegion) {
      issuer = fromSite.issuer;
      info = fromSite.info;
    }
  }

  // a report naming no place in its title, on its government's own site (SiteName 「XX县人民政府」)
  if (!issuer && fromSite && !fromTitle?.info.region && !fromSite.info.department && /人民政府$/.test(fromSite.issuer ?? '')) {
    const self = selfReference(headS());
    if (self && fromSite.info.region.endsWith(self)) {
      issuer = fromSite.issuer;
      info = fromSite.info;
    }
  }

  let region: string | null = info?.region ?? fromTitle?.info.region ?? null;
  // the title may name the place in full where the signature does not (「蒲塘县杏坪镇…」 / 「杏坪镇人民政府」)
  const titlePlace = fromTitle?.info.region ?? null;
  if (region && titlePlace && titlePlace.length > region.length && titlePlace.endsWith(region)) region = titlePlace;
  let level: RegionLevel | null = info ? regionLevelFor(info) : fromTitle ? regionLevelFor(fromTitle.info) : null;
  if (!region) {
    const open = openingRegion(body, titleS);
    if (open) {
      region = open;
      level = levelOfRegion(open);
    }
  }
  if (!region) {
    const self = selfReference(headS());
    const named = self ? regionFromMentions(toSimplified(text.length > 200_000 ? text.slice(0, 200_000) : text), self) : null;
    if (named) {
      region = named;
      level = levelOfRegion(named);
    }
  }
  if (!region && fromSource) {
    region = fromSource.info.region;
    level = regionLevelFor(fromSource.info);
  }
  if (!region && fromSite) {
    region = fromSite.info.region;
    level = regionLevelFor(fromSite.info);
  }

  const publishedAt =
    pageDate(tags) ??
    infoDate(infoLines) ??
    signature?.date ??
    closingDate(tail) ??
    headDate(body) ??
    urlDate(page.url) ??
    null;
  const reportYear = yearOf(titleS, body, publishedAt);
  if (region && level === 'city' && countyLevelCity(region, headS())) level = 'county';

  return {
    title,
    issuer,
    region,
    regionLevel: region ? level : null,
    reportYear,
    publishedAt,
    source,
    url: page.url,
  };
}

/**
 * A 市 that is a county-level city (棠溪市 under 岩州市): named under another city (岩州市棠溪市), said
 * to be 县级市 or 代管, or led by another city's committee (「在岩州市委、市政府和棠溪市委…领导下」),
 * and governing no counties or districts of its own (各县(市、区), N个县).
 */
function countyLevelCity(region: string, head: string): boolean {
  if (!/市$/.test(region)) return false;
  if (/市[\u4e00-\u9fa5]{1,6}市$/.test(region)) return true;
  if (/县[（(]市[、,，]?区[)）]|县[（(]区[)）]|各县区|县区政府|[0-9一二三四五六七八九十]+个县/.test(head)) return false;
  if (/县级市|由[\u4e00-\u9fa5]{2,6}市代管/.test(head)) return true;
  const led = /在(?:中共)?([\u4e00-\u9fa5]{2,6}?市)委[、,，和]/.exec(head);
  return !!led && led[1] !== region;
}

// the kinds of document a title line names: a report's, else a look-alike's (通报, 通知, 公示…)
const DOCUMENT_KINDS = [/报告/, /通报|通知|公告|公示|意见|方案|要点|解读|总结/];

/** A text's title: a short, sentence-less line near the top naming a kind of document. */
function titleLine(body: Line[]): string | null {
  const top = body.slice(0, 6).filter((l) => l.s.length >= 6 && l.s.length <= 80 && !/[。；;，,]$/.test(l.s) && !/[。]/.test(l.s));
  for (const kind of DOCUMENT_KINDS) {
    const hit = top.find((l) => kind.test(l.s));
    if (hit) return hit.text;
  }
  return null;
}

interface IssuerWitness {
  issuer: string | null;
  info: IssuerInfo;
  date?: string | null;
}

/** A date line that ends the text: the signature's date, where the issuer is named only in the title. */
function closingDate(tail: Line[]): string | null {
  const last = tail[tail.length - 1];
  return last ? dateLine(last.s) : null;
}

/** 「中共和平县委 和平县人民政府 / 2024年2月4日」 in the last lines, or both on one line. */
function signatureOf(tail: Line[]): IssuerWitness | null {
  for (let i = tail.length - 1; i >= 0; i--) {
    const l = tail[i] as Line;
    const date = dateLine(l.s);
    if (date) {
      // the issuer sits on the line(s) just above the date
      for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
        const p = parseIssuer((tail[j] as Line).s);
        if (p) return { issuer: p.issuer, info: p.info, date };
      }
      continue;
    }
    // 「白云县人民政府 2025年4月8日」 on one line, or glued to the last paragraph when a page lost
    // its line breaks: the date ends the line, the issuer sits between it and the last sentence
    const end = Math.max(0, l.s.length - 24);
    const d = findDate(l.s.slice(end));
    if (d && end + d.index > 0 && end + d.index + d.length >= l.s.length - 1) {
      const before = l.s.slice(0, end + d.index);
      const cut = Math.max(...['。', '！', '？', '；', ';', '：', ':'].map((c) => before.lastIndexOf(c)));
      const p = parseIssuer(before.slice(cut + 1));
      if (p) return { issuer: p.issuer, info: p.info, date: d.iso };
    }
  }
  // an undated signature: the text ends on a line that is only an issuer's name
  const last = tail[tail.length - 1];
  const p = last ? parseIssuer(last.s) : null;
  if (p && !p.info.department && /政府|委员会|县委|市委|区委|党委|办事处$/.test(p.issuer)) return { issuer: p.issuer, info: p.info, date: null };
  return null;
}

/** An organisation name alone on a line above or just under the title (石家庄市栾城区人民政府). */
function topIssuerLine(body: Line[], titleS: string | null): IssuerWitness | null {
  for (const l of body.slice(0, 4)) {
    if (titleS && l.s === titleS) continue;
    const p = parseIssuer(l.s);
    if (p) return { issuer: p.issuer, info: p.info };
  }
  return null;
}

/** The title's words before the year: 「墨玉县2024年…」 names a region, 「XX市司法局2024年…」 an issuer. */
function issuerInTitle(titleS: string): IssuerWitness | null {
  const t = asciiDigits(titleS).replace(/^关于/, '');
  const m = /^(.{2,40}?)(?:关于)?(?:\d{4}|20\d\d)\s*年/.exec(t);
  const prefix = (m ? m[1] : t.split(/法治政府|关于/)[0] ?? '').replace(/[“”"《》]/g, '').trim();
  // a joint issuer (中共XX县委 XX县人民政府) is several names; the government's names the region
  const info = prefix ? (parseIssuer(prefix)?.info ?? parseIssuerName(prefix)) : null;
  if (!info) {
    // 「滨海县发布2024年…」: a region heads the title without an office after it
    const head = prefix ? leadingRegion(prefix) : null;
    if (head) return { issuer: null, info: { region: head, department: false } };
    // 「2025年石家庄市栾城区政府工作报告」: the place after the year
    const after = /^(?:\d{4})\s*年度?(.{2,30})/.exec(t);
    const region = after?.[1] ? leadingRegion(after[1]) : null;
    return region ? { issuer: null, info: { region, department: false } } : null;
  }
  // a bare region names a place, not an issuer; an office name is the issuer
  const bare = prefix === info.region;
  return { issuer: bare ? null : prefix, info };
}

/** 「2023年,海东市坚持…」: the place the opening sentence names as its subject. */
function openingRegion(body: Line[], titleS: string | null): string | null {
  for (const l of body.slice(0, 5)) {
    if (titleS && l.s === titleS) continue;
    const m = /^(?:\d{4}|[０-９]{4})\s*年度?(?:以来)?\s*[,，、]?\s*(?:在[^,，。]{2,30}?[下中][,，]\s*)?([\u4e00-\u9fa5]{2,20}?(?:自治区|自治州|自治县|省|市|州|盟|区|县|旗|镇|乡|街道))(?![委政级直属])/.exec(
      l.s,
    );
    if (m?.[1]) {
      const p = parseIssuerName(m[1]);
      if (p && p.region === m[1]) return m[1];
    }
  }
  return null;
}

/** A field of the info line: 来源：墨玉县人民政府 发布时间：… → 墨玉县人民政府. */
function infoValue(infoLines: string[], labels: string): string | null {
  const re = new RegExp(`(?:${labels})\\s*[:：]\\s*(.*)$`);
  const stop = new RegExp(`\\s*(?:${INFO_LABELS})\\s*[:：]|\\s{2,}|[|｜【\\[]`);
  for (const line of infoLines) {
    const s = toSimplified(line);
    const m = re.exec(s);
    if (!m || m[1] === undefined) continue;
    const start = m.index + m[0].length - m[1].length;
    const cut = stop.exec(m[1]);
    const value = line.slice(start, start + (cut ? cut.index : m[1].length)).trim();
    if (value) return value;
  }
  return null;
}

/** 「（2025年3月5日）」 on its own line under the title: the document's date. */
function headDate(body: Line[]): string | null {
  for (const l of body.slice(0, 5)) {
    const d = dateLine(l.s);
    if (d) return d;
  }
  return null;
}

// the dates CMSs write into an article's address: /art/2025/3/5/art_123.html, /202503/t20250305_1.html
const URL_DATE = /\/art\/(20\d\d)\/(\d{1,2})\/(\d{1,2})\/|\/t(20\d\d)(\d\d)(\d\d)_\d+/;

/** The publication date an article's address carries, when nothing else states one. */
function urlDate(url: string | null): string | null {
  const m = url ? URL_DATE.exec(url) : null;
  if (!m) return null;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return isoDate(Number(y), Number(mo), Number(d));
}

function pageDate(tags: Record<string, string>): string | null {
  for (const k of ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'publishtime', 'pubtime', 'date']) {
    const v = tags[k];
    const d = v ? parseDate(v) : null;
    if (d) return d;
  }
  return null;
}

/** The date after 发布时间/发布日期 in the info line, else after 成文日期, else any date in it. */
function infoDate(infoLines: string[]): string | null {
  for (const labels of ['发布时间|发布日期|发文日期|发布于|时间|日期', '成文日期']) {
    const re = new RegExp(`(?:${labels})\\s*[:：]?\\s*(.{6,24})`);
    for (const line of infoLines) {
      const m = re.exec(toSimplified(line));
      const d = m?.[1] ? findDate(m[1]) : null;
      if (d && d.index === 0) return d.iso;
    }
  }
  for (const line of infoLines) {
    const d = parseDate(toSimplified(line));
    if (d) return d;
  }
  return null;
}

/** The year reported on: the title's, else the opening sentence's, else the year before publication. */
function yearOf(titleS: string | null, body: Line[], publishedAt: string | null): number | null {
  const ok = (y: number) => y >= 2000 && y <= 2100;
  if (titleS) {
    const m = /(\d{4})\s*年/.exec(asciiDigits(titleS));
    if (m && ok(Number(m[1]))) return Number(m[1]);
  }
  for (const l of body.slice(0, 6)) {
    const s = asciiDigits(l.s);
    const m = /^(\d{4})\s*年度?(?:以来)?\s*[,，、]/.exec(s) ?? /(\d{4})\s*年度?(?:全[县区市省旗]|我[县区市省旗局])?法治政府建设/.exec(s);
    if (m && ok(Number(m[1]))) return Number(m[1]);
  }
  // an annual report comes out in the year after (by 1 April); a text from the second half of a year
  // (a mid-year review) is about that year
  if (publishedAt) return Number(publishedAt.slice(0, 4)) - (Number(publishedAt.slice(5, 7)) <= 6 ? 1 : 0);
  return null;
}
