// TEMPORARY interface stub laid by the lead so modules can be built in parallel; replaced by the real module.
import type { Extraction, PageMeta } from './types';
export function readPageMeta(doc: Document, url?: string | null): PageMeta {
  return { tags: {}, docTitle: doc.title || null, visibleTitle: null, infoLine: null, url: url ?? null };
}
export function extract(doc: Document, url?: string | null): Extraction {
  return { title: doc.title || null, text: doc.body?.textContent ?? '', method: 'largest-block', reasons: [], page: readPageMeta(doc, url) };
}
/** A .txt file is text already extracted: no Readability, offsets are the file's own. */
export function fromText(text: string, url?: string | null): Extraction {
  return { title: null, text, method: 'text', reasons: [], page: { tags: {}, docTitle: null, visibleTitle: null, infoLine: null, url: url ?? null } };
}
