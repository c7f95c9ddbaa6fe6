// An article a CMS splits into pages shown one at a time by a script (「1 2 3 下一页 共3页」): the
// blocks page1, page2, page3 sit side by side in the page, all but the first hidden. Readability
// and our own walks leave hidden blocks out (they are usually print copies or menus), so the pages
// after the first are taken back here, by their ids, when they carry on a visible one.
import { blockText, isSkipped } from './dom';

// page1, page_2, content-3, p4: a block numbered in its id
const NUMBERED_ID = /^(.*?)[-_]?(\d{1,2})$/;
const MAX_PAGES = 20;

/** The text of each hidden block that continues a visible numbered one under `root`, in page order. */
export function hiddenPages(root: Element): string[] {
  const numbered = root.querySelectorAll('[id]');
  for (let i = 0; i < numbered.length; i++) {
    const first = numbered[i] as Element;
    const m = NUMBERED_ID.exec(first.id);
    if (!m || isSkipped(first)) continue;
    const pages: string[] = [];
    for (let sib = first.nextElementSibling; sib && pages.length < MAX_PAGES; sib = sib.nextElementSibling) {
      const s = NUMBERED_ID.exec(sib.id);
      if (!s || s[1] !== m[1] || Number(s[2]) <= Number(m[2]) || !isSkipped(sib)) continue;
      // a copy without what hides it; the page's own element stays as it is
      const copy = sib.cloneNode(true) as Element;
      copy.removeAttribute('style');
      copy.removeAttribute('hidden');
      const text = blockText(copy);
      if (text) pages.push(text);
    }
    if (pages.length) return pages;
  }
  return [];
}
