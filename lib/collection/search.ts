// Full-text search over the collection, for Chinese. Short fields (title, place, issuer, tags,
// note) go into MiniSearch as CJK bigrams + letter/digit words (tokenize.ts); a query is
// split by Intl.Segmenter into the same kinds of tokens, all required, and MiniSearch ranks those
// hits first. Report texts are searched by a scan of a folded copy (NFKC, lower case): every CJK run
// and word of the query must occur as written. Indexing the texts' bigrams in MiniSearch took
// about 100 s for 2,000 reports (and memory to match); the scan answers in tens of milliseconds,
// needs no index, and is exact substring search, which is what Chinese wants.
import MiniSearch from 'minisearch';
import { tokenize, tokenizeLong } from './tokenize';
import type { SavedReport } from './types';

interface Doc {
  id: string;
  title: string;
  place: string;
  user: string;
}

const SHORT_FIELDS = ['title', 'place', 'user'] as const;
const ONE_CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/;
const NEEDLES = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+/gu;

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

function toDoc(r: SavedReport): Doc {
  const m = r.analysis.meta;
  return {
    id: r.id,
    title: m.title ?? '',
    place: [m.region, m.issuer, m.source].filter(Boolean).join(' '),
    user: [...r.tags, r.note].join(' '),
  };
}

/** A query's indexed tokens: a lone CJK character is no bigram, so it is left to the scan. */
function queryTokens(q: string): string[] {
  return tokenize(q).filter((t) => !ONE_CJK.test(t));
}

export interface SearchIndex {
  /** ids of matching reports, best first: matches in titles, places, tags and notes lead */
  search(query: string): string[];
  add(record: SavedReport): void;
  remove(id: string): void;
  readonly size: number;
}

interface Entry {
  doc: Doc;
  /** the short fields and the text, folded (NFKC, lower case), for the substring check */
  short: string;
  text: string;
}

export function buildSearchIndex(records: readonly SavedReport[]): SearchIndex {
  const ms = new MiniSearch<Doc>({
    fields: [...SHORT_FIELDS],
    idField: 'id',
    // fields take the regex split (the segmenter costs ≈ 8 ms per 20,000 characters), queries the
    // segmenter; the substring check below is what decides a match anyway
    tokenize: (text) => tokenizeLong(text),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: queryTokens,
      combineWith: 'AND',
      boost: { title: 3, place: 2, user: 2 },
      prefix: false,
      fuzzy: false,
    },
  });
  const entries = new Map<string, Entry>();
  const entryOf = (r: SavedReport): Entry => {
    const doc = toDoc(r);
    return { doc, short: fold(SHORT_FIELDS.map((f) => doc[f]).join('\n')), text: fold(r.analysis.text) };
  };
  for (const r of records) entries.set(r.id, entryOf(r));
  ms.addAll([...entries.values()].map((e) => e.doc));

  return {
    get size() {
      return entries.size;
    },
    search(query: string): string[] {
      const q = fold(query).trim();
      const needles = [...q.matchAll(NEEDLES)].map((m) => m[0]);
      if (!needles.length) return [];
      const holds = (s: string) => needles.every((n) => s.includes(n));
      // short-field hits, ranked by MiniSearch, then checked as substrings (bigrams found apart do not count)
      const ranked = queryTokens(q).length ? ms.search(q).map((h) => String(h.id)) : [];
      const seen = new Set<string>();
      const out: string[] = [];
      for (const id of ranked) {
        const e = entries.get(id);
        if (e && (holds(e.short) || holds(e.text))) {
          out.push(id);
          seen.add(id);
        }
      }
      for (const [id, e] of entries) if (!seen.has(id) && (holds(e.short) || holds(e.text))) out.push(id);
      return out;
    },
    add(record: SavedReport): void {
      this.remove(record.id);
      const e = entryOf(record);
      entries.set(record.id, e);
      ms.add(e.doc);
    },
    remove(id: string): void {
      const e = entries.get(id);
      if (!e) return;
      ms.remove(e.doc);
      entries.delete(id);
    },
  };
}
