// The whole pipeline, one way: page → detect → extract → analyze → report object.
// Used unchanged by the content script, the analyze command and the bench.
import { detect, refine } from './detect';
import { extract, fromText } from './extract';
import { extractMeta } from './meta';
import { buildStructure } from './structure';
import { extractIndicators } from './indicators';
import type { Analysis, Detection, Extraction, Indicator, OutlineNode, Section } from './types';
import { unwrapHardWrapped, type Unwrapped } from './unwrap';

/** The offsets of an analysis of the joined copy, as offsets into the text as given. */
function backToOriginal(text: string, w: Unwrapped, outline: OutlineNode[], sections: Section[], indicators: Indicator[]) {
  const node = (n: OutlineNode): OutlineNode => ({ ...n, start: w.toOriginal(n.start), children: n.children.map(node) });
  return {
    outline: outline.map(node),
    sections: sections.map((s) => ({ ...s, start: w.toOriginal(s.start) })),
    indicators: indicators.map((i) => {
      const start = w.toOriginal(i.start);
      return { ...i, start, quote: text.slice(start, w.toOriginal(i.start + i.quote.length)) };
    }),
  };
}

/** Outline, parts and figures of an extraction, under the given verdict. */
export function analyzeExtraction(ex: Extraction, verdict: Detection): Analysis {
  // a text copied out of a PDF is read with its line wraps joined; offsets stay the file's own
  const wrapped = ex.method === 'text' ? unwrapHardWrapped(ex.text) : null;
  const read = wrapped ? { ...ex, text: wrapped.text } : ex;
  const meta = extractMeta(read);
  let { outline, sections, compliance } = buildStructure(read.text, meta);
  let indicators = extractIndicators(read.text, sections);
  if (wrapped) ({ outline, sections, indicators } = backToOriginal(ex.text, wrapped, outline, sections, indicators));
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
