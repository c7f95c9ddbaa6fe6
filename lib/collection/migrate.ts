// Stored-format migrations. Each step lifts a record one version; `toCurrent` runs the chain and
// then validates, so whatever reaches the store or the views is a whole current record.
//
// Versions:
//   1 — the 0.1 preview layout: { id, url, savedAt: epoch ms, tags: "a,b" (one string), note?,
//       analysis }, no version field, no canonical URL or content hash.
//   2 — the current layout (types.ts SavedReport): ISO times, tags as a list, canonical URL,
//       content hash, updatedAt, explicit version.
import * as v from 'valibot';
import type { Analysis } from '../types';
import { canonicalUrl, contentHash, reportId } from './identity';
import { recordSchema } from './schema';
import { CollectionError, FORMAT_VERSION, type SavedReport } from './types';

type Raw = Record<string, unknown>;

const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

function isoOf(t: unknown): string {
  if (typeof t === 'number' && Number.isFinite(t)) return new Date(t).toISOString();
  if (typeof t === 'string' && !Number.isNaN(Date.parse(t))) return new Date(t).toISOString();
  return new Date(0).toISOString();
}

/** Tags as a list: split a v1 string on the separators people type (, ，、 ; space). */
export function splitTags(tags: unknown): string[] {
  const list = Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : typeof tags === 'string' ? tags.split(/[,，、;；\s]+/) : [];
  return [...new Set(list.map((t) => t.trim()).filter(Boolean))];
}

const steps: Record<number, (r: Raw) => Raw> = {
  1: (r) => {
    const analysis = isObject(r.analysis) ? r.analysis : {};
    const text = typeof analysis.text === 'string' ? analysis.text : '';
    const url = typeof r.url === 'string' && r.url ? r.url : null;
    const canonical = url ? canonicalUrl(url) : null;
    const hash = contentHash(text);
    const savedAt = isoOf(r.savedAt);
    return {
      id: typeof r.id === 'string' && r.id ? r.id : reportId(canonical, hash),
      url,
      canonicalUrl: canonical,
      contentHash: hash,
      savedAt,
      updatedAt: savedAt,
      tags: splitTags(r.tags),
      note: typeof r.note === 'string' ? r.note : '',
      analysis,
      version: 2,
    };
  },
};

/** The stored-format version a raw record declares (the preview layout had none). */
export function versionOf(raw: unknown): number {
  if (!isObject(raw)) return 0;
  return typeof raw.version === 'number' ? raw.version : 1;
}

/**
 * Any record this or an older build wrote, as a current, validated SavedReport.
 * Throws CollectionError 'version' for a record from a newer build, 'corrupt' for anything else
 * that does not hold up.
 */
export function toCurrent(raw: unknown): SavedReport {
  if (!isObject(raw)) throw new CollectionError('corrupt', 'record is not an object');
  let version = versionOf(raw);
  if (version > FORMAT_VERSION) {
    throw new CollectionError('version', `record format ${version} is newer than this version of the extension (${FORMAT_VERSION})`);
  }
  let r: Raw = raw;
  while (version < FORMAT_VERSION) {
    const step = steps[version];
    if (!step) throw new CollectionError('corrupt', `unknown record format ${version}`);
    r = step(r);
    version++;
  }
  const parsed = v.safeParse(recordSchema, r);
  if (!parsed.success) {
    const where = v.getDotPath(parsed.issues[0]) ?? '';
    throw new CollectionError('corrupt', `invalid record ${typeof r.id === 'string' ? r.id : ''}: ${where ? where + ': ' : ''}${parsed.issues[0].message}`);
  }
  const out = parsed.output;
  const analysis: Analysis = { ...out.analysis, chars: out.analysis.chars ?? out.analysis.text.length };
  return { ...out, analysis };
}
