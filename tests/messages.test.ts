// The message protocol: what is accepted, what is dropped, and that a real analysis of a seed passes
// the same validation the panel applies to the page's replies.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptMessage, isAnalysis, parseReply } from '../lib/messages';
import { analyzeText } from '../lib/analyze';

const OWN = 'our-extension-id';
const fromUs = { id: OWN, tab: { id: 7 } };

describe('acceptMessage', () => {
  it('accepts each kind of message from our own extension', () => {
    const ok = [
      { type: 'detected', url: 'http://www.x.gov.cn/a.html', detection: { isReport: true, confidence: 0.9, reasons: ['标题含“法治政府建设”'] }, detectMs: 1.5 },
      { type: 'page-get' },
      { type: 'page-analyze', force: true },
      { type: 'page-reveal', start: 10, end: 20, highlight: true },
      { type: 'tab-get', tabId: 3 },
      { type: 'tab-analyze', tabId: 3, force: false },
      { type: 'tab-reveal', tabId: 3, start: 0, end: 4, highlight: false },
      { type: 'tab-changed', tabId: 3 },
    ];
    for (const m of ok) expect(acceptMessage(m, fromUs, OWN)).toEqual(m);
  });

  it('drops messages from anything but our extension', () => {
    const m = { type: 'tab-get', tabId: 3 };
    expect(acceptMessage(m, { id: 'another-extension' }, OWN)).toBeNull();
    expect(acceptMessage(m, {}, OWN)).toBeNull();
    expect(acceptMessage(m, { url: 'https://evil.example/' }, OWN)).toBeNull();
  });

  it('drops malformed messages', () => {
    const bad: unknown[] = [
      null,
      'tab-get',
      { type: 'tab-get' },
      { type: 'tab-get', tabId: -1 },
      { type: 'tab-get', tabId: 1.5 },
      { type: 'tab-get', tabId: '3' },
      { type: 'page-reveal', start: -5, end: 3, highlight: true },
      { type: 'page-analyze' },
      { type: 'eval', code: 'alert(1)' },
      { type: 'detected', url: 'x', detection: { isReport: 'yes', confidence: 1, reasons: [] }, detectMs: 1 },
    ];
    for (const m of bad) expect(acceptMessage(m, fromUs, OWN)).toBeNull();
  });
});

describe('replies', () => {
  const text = fs.readFileSync('tests/fixtures/seeds/001_ead695509793956c.txt', 'utf8');
  const analysis = analyzeText(text, 'http://www.moyu.gov.cn/a.html');
  const reply = {
    url: 'http://www.moyu.gov.cn/a.html',
    status: 'report',
    detection: { isReport: true, confidence: 0.9, reasons: [] },
    analysis,
    error: null,
    timings: { detectMs: 1, analyzeMs: 20 },
  };

  it('an analysis of a real report passes validation', () => {
    expect(isAnalysis(analysis)).toBe(true);
    expect(parseReply('page-analyze', reply).analysis?.text).toBe(text);
  });

  it('rejects a reply whose analysis was tampered with', () => {
    expect(() => parseReply('page-analyze', { ...reply, analysis: { ...analysis, outline: [{ kind: 'heading', title: 1 }] } })).toThrow(/page-analyze/);
    expect(() => parseReply('page-analyze', { ...reply, status: 'maybe' })).toThrow();
    expect(isAnalysis({ ...analysis, indicators: [{ value: '33' }] })).toBe(false);
  });

  it('page-get may answer null (no analysis yet), tab-get may not', () => {
    expect(parseReply('page-get', null)).toBeNull();
    expect(() => parseReply('tab-get', null)).toThrow();
  });
});
