// Show a span of the extracted text in the live page: scroll to it and, for figures, highlight it
// with the CSS Custom Highlight API, whose style comes from an adopted stylesheet, so no node is
// added to or changed in the page. Where the API is missing, a temporary overlay box is drawn over the
// span instead and removed after a few seconds.
import { locate } from '../../lib/locate';
import type { RevealReply } from '../../lib/messages';

const NAME = 'fazhi-lens';
const OVERLAY_MS = 4000;
let sheetAdded = false;
let overlay: HTMLElement | null = null;
/** which overlay is current: a timer set for an older one must not remove a newer one */
let overlayToken = 0;

/** Headings are revealed up to the end of their line: the title alone may be cut short. */
function lineEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  return Math.max(end, Math.min(nl < 0 ? text.length : nl, start + 120));
}

export function reveal(doc: Document, text: string, start: number, end: number, highlight: boolean): RevealReply {
  const range = locate(doc, text, start, highlight ? end : Math.min(end, lineEnd(text, start, end)));
  if (!range) return { ok: false, how: 'none' };
  const win = doc.defaultView;
  // no animation for readers who ask for none, nor in a hidden tab (the panel opened as a tab)
  const still = doc.visibilityState === 'hidden' || (win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  if (!highlight || !win) return { ok: true, how: 'scroll' };
  return { ok: true, how: paintHighlight(doc, win as Window & typeof globalThis, range) };
}

function paintHighlight(doc: Document, win: Window & typeof globalThis, range: Range): 'highlight' | 'overlay' {
  clearOverlay();
  const css = win.CSS as typeof CSS & { highlights?: HighlightRegistry };
  if (css.highlights && typeof win.Highlight === 'function') {
    try {
      if (!sheetAdded) {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(`::highlight(${NAME}) { background-color: #ffd54f; color: #1d2129; }`);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        sheetAdded = true;
      }
      css.highlights.set(NAME, new win.Highlight(range));
      return 'highlight';
    } catch {
      // adoptedStyleSheets across worlds can throw (Firefox Xrays): fall back to the overlay
    }
  }
  drawOverlay(doc, win, range);
  return 'overlay';
}

function drawOverlay(doc: Document, win: Window, range: Range): void {
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647';
  for (const r of Array.from(range.getClientRects())) {
    const mark = doc.createElement('div');
    mark.style.cssText = `position:absolute;left:${r.left + win.scrollX}px;top:${r.top + win.scrollY}px;width:${r.width}px;height:${r.height}px;background:rgba(255,213,79,.45);outline:2px solid #f2b600;border-radius:2px`;
    box.appendChild(mark);
  }
  (doc.body ?? doc.documentElement).appendChild(box);
  overlay = box;
  const token = overlayToken;
  win.setTimeout(() => { if (token === overlayToken) clearOverlay(); }, OVERLAY_MS);
}

function clearOverlay(): void {
  overlayToken++;
  overlay?.remove();
  overlay = null;
}
