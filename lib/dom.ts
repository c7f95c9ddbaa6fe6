// The DOM as a reader sees it: which elements are blocks or hidden, one cheap depth-first walk, and a
// subtree's text as lines. Shared by the page survey, the fallback block scan and extraction.
/** Visible characters: whitespace, NBSP and the ideographic space not counted. */
export function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT',
  'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'AUDIO', 'VIDEO', 'MAP',
]);
const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

// tagName and toUpperCase each allocate (linkedom upper-cases on every read); a name seen once is kept
const UPPER = new Map<string, string>();
export function tag(el: Element): string {
  const name = el.localName ?? '';
  let upper = UPPER.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    UPPER.set(name, upper);
  }
  return upper;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tag(el));
}

/** Not text a reader sees: scripts, form controls, hidden elements. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(tag(el))) return true;
  if (el.hasAttributes?.() === false) return false; // most elements: no attribute to look up
  if (el.hasAttribute?.('hidden')) return true;
  const style = el.getAttribute?.('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** Whitespace runs to one space, trimmed: for titles and info lines, not for body text. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Depth-first walk by firstChild/nextSibling (no child arrays: linkedom builds them slowly on big
 * pages). `enter` returns whether to descend; `exit` runs once for every element descended into.
 */
export function walk(root: Node, enter: (n: Node) => boolean, exit: (n: Node) => void): void {
  let node: Node = root;
  for (;;) {
    if (enter(node)) {
      const first = node.firstChild;
      if (first) {
        node = first;
        continue;
      }
      exit(node);
    }
    while (node !== root && !node.nextSibling) {
      const up = node.parentNode;
      if (!up) return;
      node = up;
      exit(node);
    }
    if (node === root) return;
    node = node.nextSibling as Node;
  }
}

/**
 * The text of a subtree as the page shows it: one paragraph per line, <br> and block elements break
 * lines, runs of spaces inside a line collapse to one, lines are trimmed, empty lines dropped.
 * Characters are otherwise kept as written (later offsets and the panel's mapping rely on it).
 * A short line made only of link text is navigation left around the article, and is dropped.
 */
export function blockText(root: Node): string {
  const out: string[] = [];
  let cur = '';
  let chars = 0;
  let linkChars = 0;
  let links = 0;
  let pre = 0;
  const flush = () => {
    const line = cur.replace(/[ \t\r\f\u00a0]{2,}|[\t\r\f\u00a0]/g, ' ').trim();
    const navigation = chars > 0 && linkChars === chars && line.length <= 40;
    if (line && !navigation) out.push(line);
    cur = '';
    chars = 0;
    linkChars = 0;
  };
  const addText = (v: string) => {
    cur += v;
    const c = countChars(v);
    chars += c;
    if (links > 0) linkChars += c;
  };
  walk(
    root,
    (n) => {
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? '';
        if (pre > 0 && v.includes('\n')) {
          const parts = v.split('\n');
          parts.forEach((part, i) => {
            if (i > 0) flush();
            addText(part);
          });
        } else addText(v.replace(/[\t\n\r\f]+/g, ' '));
        return false;
      }
      if (n.nodeType !== 1) return n.nodeType === 9 || n.nodeType === 11;
      const el = n as Element;
      if (isSkipped(el)) return false;
      const t = tag(el);
      if (t === 'BR') {
        flush();
        return false;
      }
      if (BLOCK_TAGS.has(t)) flush();
      if (t === 'PRE') pre++;
      if (t === 'A') links++;
      return true;
    },
    (n) => {
      if (n.nodeType !== 1) return;
      const t = tag(n as Element);
      if (BLOCK_TAGS.has(t)) flush();
      else if (t === 'TD' || t === 'TH') cur += ' ';
      if (t === 'PRE') pre--;
      if (t === 'A') links--;
    },
  );
  flush();
  return out.join('\n');
}
