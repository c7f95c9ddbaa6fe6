// TEMPORARY interface stub laid by the lead; replaced by the real module.
import type { Extraction, ReportMeta } from './types';
export function extractMeta(ex: Extraction): ReportMeta {
  return { title: ex.title, issuer: null, region: null, regionLevel: null, reportYear: null, publishedAt: null, source: null, url: ex.page.url };
}
