// An article's title as the page gives it: without the site's name around it, recognised again as a
// line of the body, and picked among the headings the page shows.
import { collapse } from './dom';
import { simplifyCommon } from './traditional';

// a dash with no space around it separates only where Chinese meets it (「…报告—XX县人民政府」), never
// inside a Latin word (law-based) or a number range
const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]+\s+|(?<=[\u4e00-\u9fff])[-–—]{1,2}(?=[^\d\s])|(?<=[^\d\s])[-–—]{1,2}(?=[\u4e00-\u9fff])/;
// a segment that names the site or the column, not the article
const SITE_SEGMENT = /(人民政府|人民政府网|政府网|门户网站|网站|政务网|政务服务网|首页|信息公开|政务公开|专栏|网|日报|司法局|办公室|频道|门户)$/;

/** An article title without the site's name around it: 「…工作报告_XX县人民政府」 → 「…工作报告」. */
export function cleanTitle(raw: string): string | null {
  const t = collapse(raw);
  if (!t) return null;
  const segs = t.split(TITLE_SEPARATOR).map((x) => x.trim()).filter(Boolean);
  if (segs.length <= 1) return t.length <= 200 ? t : null;
  const keep = segs.filter((x) => !SITE_SEGMENT.test(simplifyCommon(x)));
  const pool = keep.length ? keep : segs;
  const report = pool.find((x) => /报告/.test(simplifyCommon(x)));
  const best = report ?? pool.reduce((a, b) => (b.length > a.length ? b : a));
  return best.length <= 200 ? best : null;
}

function titleKey(s: string): string {
  return simplifyCommon(s).replace(/[\s\u00a0\u3000"“”《》「」]+/g, '');
}

/** A line that is the article's title, as written or with the site suffix cut. */
export function sameTitle(line: string, title: string): boolean {
  const a = titleKey(line);
  if (!a) return false;
  const b = titleKey(title);
  const c = titleKey(cleanTitle(title) ?? '');
  return a === b || a === c;
}

/** The title the page shows over the article: agrees with ArticleTitle or <title> when they exist. */
export function pickVisibleTitle(candidates: readonly string[], articleTitle: string | null, docTitle: string | null): string | null {
  const key = (s: string) => titleKey(s);
  if (articleTitle) {
    const k = key(articleTitle);
    const hit = candidates.find((c) => key(c) === k);
    if (hit) return hit;
  }
  if (docTitle) {
    const k = key(docTitle);
    const hit = candidates
      .filter((c) => key(c).length >= 6 && k.includes(key(c)) && !SITE_SEGMENT.test(simplifyCommon(c)))
      .sort((a, b) => b.length - a.length)[0];
    if (hit) return hit;
  }
  return candidates.find((c) => /报告/.test(simplifyCommon(c)) && !SITE_SEGMENT.test(simplifyCommon(c))) ?? null;
}