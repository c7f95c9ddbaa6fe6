// The page agent: injected by the background into a tab when the content script found a report, or
// when the user asks for an analysis (action click, context menu, the panel's button; activeTab +
// scripting). It keeps the page's last Analysis and answers the background: get, analyse, reveal.
// Built as its own script so Readability never loads on pages that are not reports.
import { detect } from '../../lib/detect';
import { analyzeDocument } from '../../lib/analyze';
import { acceptFrom } from '../../lib/messages';
import type { PageReply } from '../../lib/messages';
import { reveal } from './reveal';
import { takeOver } from '../../lib/verdict-handoff';

const FLAG = '__fazhiLensAgent';

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { [FLAG]?: true };
  if (scope[FLAG]) return; // injected again into the same page: the first copy keeps answering
  scope[FLAG] = true;

  let last: PageReply | null = null;

  const run = (force: boolean): PageReply => {
    const url = location.href;
    // the content script's verdict when it just made one for this URL; a fresh look otherwise
    const handed = takeOver(globalThis, url);
    const t0 = performance.now();
    const detection = handed?.detection ?? detect(document, url);
    const detectMs = handed?.detectMs ?? performance.now() - t0;
    if (!detection.isReport && !force) {
      last = { url, status: 'not-report', detection, analysis: null, error: null, timings: { detectMs, analyzeMs: null } };
      return last;
    }
    const t1 = performance.now();
    try {
      const analysis = analyzeDocument(document, url, detection);
      const analyzeMs = performance.now() - t1;
      last = { url, status: analysis.isReport ? 'report' : 'not-report', detection: { isReport: analysis.isReport, confidence: analysis.confidence, reasons: analysis.reasons }, analysis, error: null, timings: { detectMs, analyzeMs } };
    } catch (e) {
      console.warn('Fazhi Lens: analysis failed', e); // the detail, for whoever opens the console
      last = { url, status: 'error', detection, analysis: null, error: 'analysis-failed', timings: { detectMs, analyzeMs: null } };
    }
    return last;
  };

  const own = { id: browser.runtime.id, pages: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const msg = acceptFrom(raw, sender, own);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'page-get':
        sendResponse(last && last.url === location.href ? last : null);
        return true;
      case 'page-analyze':
        sendResponse(last && last.url === location.href && last.analysis && !msg.force ? last : run(msg.force));
        return true;
      case 'page-reveal': {
        const text = last?.analysis?.text;
        sendResponse(text ? reveal(document, text, msg.start, msg.end, msg.highlight) : { ok: false, how: 'none' });
        return true;
      }
      default:
        return undefined;
    }
  });
});
