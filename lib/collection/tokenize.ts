// Tokens for searching Chinese. CJK text becomes every bigram of each CJK run, so a query finds a
// substring whatever a word segmenter would have made of it (「复议」 inside 「行政复议申请」); the
// query's bigrams are all required (AND). Letters and digits become whole lower-cased words, split
// by Intl.Segmenter('zh'). `tokenizeLong` gives the same tokens without the segmenter (≈ 8 ms per
// 20,000 characters in Node), for long texts.

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Bigrams of each CJK run; a run of one character is its own token. */
export function cjkBigrams(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

let segmenter: Intl.Segmenter | null = null;

/** Words that are not CJK (Latin, digits), from the segmenter. */
function segmentedWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike && !CJK.test(s.segment)) out.push(s.segment.toLowerCase());
  return out;
}

function regexWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const part of m[0].split(CJK_RUN)) if (part) out.push(part.toLowerCase());
  }
  return out;
}

/** Tokens of a query or a short field (title, region, tags, note). NFKC folds full-width letters and digits. */
export function tokenize(text: string): string[] {
  const t = text.normalize('NFKC');
  return [...cjkBigrams(t), ...segmentedWords(t)];
}

/** Tokens of a long report text: the same tokens as `tokenize`, without the segmenter's cost. */
export function tokenizeLong(text: string): string[] {
  const t = text.normalize('NFKC');
  return [...cjkBigrams(t), ...regexWords(t)];
}
