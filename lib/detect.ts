// TEMPORARY interface stub laid by the lead; replaced by the real module.
import type { Detection, Extraction } from './types';
/** Cheap verdict on a whole page (or a text): never runs Readability. */
export function detect(input: Document | string, url?: string | null): Detection {
  const text = typeof input === 'string' ? input : (input.title + (input.body?.textContent ?? ''));
  const hit = /法治政府建设/.test(text);
  return { isReport: hit, confidence: hit ? 0.6 : 0.1, reasons: [], ...(url ? {} : {}) };
}
/** The verdict after extraction, on the article's own title and text. */
export function refine(first: Detection, ex: Extraction): Detection {
  return { ...first, reasons: [...first.reasons, ...ex.reasons] };
}
