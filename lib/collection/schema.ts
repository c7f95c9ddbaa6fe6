// The shape of a stored record, checked with valibot wherever records come from outside this
// build's own writes: an import file, or a record an older build stored. Fields the report object
// gained over time are optional with their empty value, so an older analysis still loads whole.
import * as v from 'valibot';
import type { OutlineNode } from '../types';
import { FORMAT_VERSION } from './types';

const ROLE = v.picklist(['measures', 'problems', 'leader_duty', 'next_year', 'other']);
const LEVEL = v.picklist(['province', 'city', 'district', 'county', 'town', 'department']);
const str = v.string();
const nstr = v.nullable(v.string());
const num = v.pipe(v.number(), v.finite());

const outlineNode: v.GenericSchema<OutlineNode> = v.object({
  kind: v.picklist(['heading', 'part', 'enumeration']),
  level: num,
  marker: str,
  title: str,
  start: num,
  children: v.array(v.lazy(() => outlineNode)),
});

const meta = v.object({
  title: v.optional(nstr, null),
  issuer: v.optional(nstr, null),
  region: v.optional(nstr, null),
  regionLevel: v.optional(v.nullable(LEVEL), null),
  reportYear: v.optional(v.nullable(v.pipe(num, v.integer())), null),
  publishedAt: v.optional(nstr, null),
  source: v.optional(nstr, null),
  url: v.optional(nstr, null),
});

const indicator = v.object({
  key: v.optional(nstr, null),
  kind: v.picklist(['count', 'amount', 'rate', 'growth']),
  label: str,
  value: num,
  unit: str,
  approx: v.optional(v.boolean(), false),
  target: v.optional(v.boolean(), false),
  quote: str,
  start: num,
});

const noParts = { measures: false, problems: false, leader_duty: false, next_year: false, other: false };

export const analysisSchema = v.object({
  isReport: v.optional(v.boolean(), true),
  confidence: v.optional(num, 0),
  reasons: v.optional(v.array(str), () => []),
  meta,
  outline: v.optional(v.array(outlineNode), () => []),
  sections: v.optional(v.array(v.object({ role: ROLE, title: str, start: num })), () => []),
  compliance: v.optional(
    v.object({
      parts: v.object({
        measures: v.boolean(),
        problems: v.boolean(),
        leader_duty: v.boolean(),
        next_year: v.boolean(),
        other: v.boolean(),
      }),
      deadline: v.optional(nstr, null),
      publishedOnTime: v.optional(v.nullable(v.boolean()), null),
    }),
    () => ({ parts: { ...noParts }, deadline: null, publishedOnTime: null }),
  ),
  indicators: v.optional(v.array(indicator), () => []),
  chars: v.optional(num),
  text: str,
  method: v.optional(v.picklist(['readability', 'largest-block', 'text']), 'text'),
});

const iso = v.pipe(v.string(), v.isoTimestamp());

export const recordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  url: nstr,
  canonicalUrl: nstr,
  contentHash: v.pipe(v.string(), v.minLength(1)),
  savedAt: iso,
  updatedAt: iso,
  tags: v.array(str),
  note: str,
  analysis: analysisSchema,
  version: v.literal(FORMAT_VERSION),
});

/** What `exportBackup` writes: an envelope naming the app, so a foreign JSON file is told apart. */
export const BACKUP_KIND = 'fazhi-lens/collection';

export const backupSchema = v.object({
  kind: v.literal(BACKUP_KIND),
  version: v.pipe(num, v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  reports: v.array(v.unknown()),
});
