// Offsets of the extracted text mapped back to the live page's text nodes: repeats, inline markup,
// re-flowed whitespace, hidden script text, and a property over random texts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { findSpan, locate, pageText, squeeze } from '../lib/locate';

function page(html: string): Document {
  const win = new Window({ url: 'http://www.example.gov.cn/a.html' });
  win.document.write(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  return win.document as unknown as Document;
}

const at = (text: string, needle: string, from = 0) => {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`no ${needle}`);
  return [i, i + needle.length] as const;
};

describe('locate', () => {
  it('finds a heading in the body, not its twin in the navigation', () => {
    const doc = page(`
      <nav><a href="#">二、存在的问题</a></nav>
      <div class="article"><p>一、主要措施和成效</p><p>我县加强组织领导。</p>
      <p>二、存在的问题</p><p>今年以来,法治政府建设取得了一些成绩。</p></div>`);
    const text = '一、主要措施和成效\n我县加强组织领导。\n二、存在的问题\n今年以来,法治政府建设取得了一些成绩。';
    const range = locate(doc, text, ...at(text, '二、存在的问题'))!;
    expect(range).not.toBeNull();
    expect(range.toString()).toBe('二、存在的问题');
    expect((range.startContainer.parentNode as Element).closest('.article')).not.toBeNull();
  });

  it('spans inline markup and re-flowed whitespace', () => {
    const doc = page(`<p>共收到行政复议申请<strong>33</strong>起，\n      已受理并办结<span>33</span>起。</p>`);
    const text = '共收到行政复议申请33起，已受理并办结33起。';
    const range = locate(doc, text, ...at(text, '已受理并办结33起'))!;
    expect(range.toString().replace(/\s/g, '')).toBe('已受理并办结33起');
  });

  it('uses the offset to choose among repeats the context cannot tell apart', () => {
    const doc = page('<p>受理33起。</p><p>受理33起。</p><p>受理33起。</p>');
    const text = '受理33起。\n受理33起。\n受理33起。';
    const second = text.indexOf('受理33起', 1);
    const range = locate(doc, text, second, second + 5)!;
    const ps = Array.from(doc.querySelectorAll('p'));
    expect(ps.indexOf(range.startContainer.parentNode as HTMLParagraphElement)).toBe(1);
  });

  it('ignores script and style text, and returns null for text the page lacks', () => {
    const doc = page('<script>var t = "出庭应诉率达到100%";</script><style>p{}</style><p>出庭应诉率达到100%</p>');
    const text = '出庭应诉率达到100%';
    const range = locate(doc, text, 0, text.length)!;
    expect(range.startContainer.parentNode?.nodeName).toBe('P');
    expect(pageText(doc).text).toBe('出庭应诉率达到100%');
    expect(locate(doc, '调解成功率97%', 0, 8)).toBeNull();
  });

  it('falls back to the opening of a span the page words differently', () => {
    const doc = page('<p>依申请公开36条，全部按时答复。</p>');
    const text = '依申请公开36条,均按时答复。';
    const hit = findSpan(pageText(doc).text, text, 0, text.length)!;
    expect(hit.partial).toBe(true);
    expect(pageText(doc).text.slice(hit.from, hit.to).startsWith('依申请公开')).toBe(true);
  });

  it('rejects empty or out-of-range spans', () => {
    expect(findSpan('abc', 'abc', 2, 2)).toBeNull();
    expect(findSpan('abc', 'abc', 0, 9)).toBeNull();
    expect(findSpan('abc', '  abc', 0, 2)).toBeNull();
  });

  it('property: any span of a text is found, at its own place, in the same text re-flowed', () => {
    const char = fc.constantFrom('法', '治', '政', '府', '一', '、', '3', '%', ' ', '\n', '\u3000');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 80 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const span = squeeze(text.slice(start, end)).text;
        const hit = findSpan(squeeze(text).text, text, start, end);
        if (!span) return hit === null;
        const own = squeeze(text.slice(0, start)).text.length;
        return hit !== null && !hit.partial && hit.from === own && hit.to === own + span.length;
      }),
    );
  });
});
