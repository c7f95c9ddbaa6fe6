import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentHash, reportId } from '../../lib/collection/identity';

describe('canonical URL', () => {
  it('drops what does not name the document', () => {
    expect(canonicalUrl('http://WWW.Moyu.gov.cn:80/info/1203/20250305_118452.html#p2')).toBe('http://www.moyu.gov.cn/info/1203/20250305_118452.html');
    expect(canonicalUrl('https://www.hp.gov.cn/a.jsp?utm_source=wx&id=9&from=timeline&cat=2')).toBe('https://www.hp.gov.cn/a.jsp?cat=2&id=9');
    expect(canonicalUrl('https://www.hp.gov.cn/a.jsp?id=9')).not.toBe(canonicalUrl('https://www.hp.gov.cn/a.jsp?id=10'));
    expect(canonicalUrl('file:///tmp/a.html')).toBeNull();
    expect(canonicalUrl('不是网址')).toBeNull();
  });

  it('the id is the same over http and https, different for different pages', () => {
    const a = reportId(canonicalUrl('http://www.hp.gov.cn/a.html'), 'x');
    expect(reportId(canonicalUrl('https://www.hp.gov.cn/a.html'), 'y')).toBe(a);
    expect(reportId(canonicalUrl('https://www.hp.gov.cn/b.html'), 'x')).not.toBe(a);
    expect(reportId(null, 'abc')).toBe('h-abc');
  });

  it('is idempotent and ignores fragments and tracking parameters (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), (url, frag) => {
        const c = canonicalUrl(url);
        fc.pre(c !== null);
        expect(canonicalUrl(c!)).toBe(c);
        const u = new URL(url);
        u.hash = frag;
        u.searchParams.append('utm_medium', 'share');
        expect(canonicalUrl(u.toString())).toBe(c);
      }),
      { numRuns: 200 },
    );
  });
});

describe('content hash', () => {
  it('is blind to whitespace, not to content', () => {
    const text = '一、强化政治引领\n始终把党的领导贯穿法治政府建设全过程。';
    expect(contentHash(text)).toBe(contentHash(' 一、强化政治引领\r\n\u3000\u3000始终把党的领导贯穿法治政府建设全过程。\n'));
    expect(contentHash(text)).not.toBe(contentHash(text.replace('强化', '加强')));
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/);
  });
});
