// The whole pipeline, one way: page → detect → extract → analyze → report object.
// Used unchanged by the content script, the analyze command and the bench.
import { detect, refine } from './detect';
import { extract, fromText } from './extract';
import { extractMeta } from './meta';
import { buildStructure } from './structure';
import { extractIndicators } from './indicators';
import type { Analysis, Detection, Extraction } from './types';

/** Outline, parts and figures of an extraction, under the given verdict. */
export function analyzeExtraction(ex: Extraction, verdict: Detection): Analysis {
  const meta = extractMeta(ex);
  const { outline, sections, compliance } = buildStructure(ex.text, meta);
  const indicators = extractIndicators(ex.text, sections);
  return {
    isReport: verdict.isReport,
    confidence: verdict.confidence,
    reasons: verdict.reasons,
    meta,
    outline,
    sections,
    compliance,
    indicators,
    chars: ex.text.length,
    text: ex.text,
    method: ex.method,
  };
}

/**
 * A live or parsed page, analysed whatever the verdict (the user asked, or the CLI reports all).
 * The content script calls `detect` first itself and comes here only for reports, so a non-report
 * page never pays for Readability. `first` passes that verdict on instead of computing it again.
 */
export function analyzeDocument(doc: Document, url?: string | null, first: Detection = detect(doc, url)): Analysis {
  const ex = extract(doc, url);
  return analyzeExtraction(ex, refine(first, ex));
}

/** Text already extracted (a .txt file, a saved report). */
export function analyzeText(text: string, url?: string | null): Analysis {
  const ex = fromText(text, url);
  return analyzeExtraction(ex, refine(detect(text, url), ex));
}
