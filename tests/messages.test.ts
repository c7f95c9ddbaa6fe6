// The message protocol: what is accepted, what is dropped, and that a real analysis of a seed passes
// the same validation the panel applies to the page's replies.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptFrom, acceptMessage, errorCode, isAnalysis, parseReply } from '../lib/messages';
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

describe('acceptFrom: each kind of message only from the sender that may send it', () => {
  const own = { id: OWN, pages: `chrome-extension://${OWN}/` };
  const panel = { id: OWN, url: `chrome-extension://${OWN}/sidepanel.html` };
  const panelInTab = { id: OWN, url: `chrome-extension://${OWN}/sidepanel.html?tabId=4`, tab: { id: 9 } };
  const content = { id: OWN, url: 'http://www.moyu.gov.cn/info/1203/a.html', tab: { id: 7 }, frameId: 0 };
  const background = { id: OWN, url: `chrome-extension://${OWN}/background.js` };
  const detected = { type: 'detected', url: 'http://www.moyu.gov.cn/info/1203/a.html', detection: { isReport: true, confidence: 0.9, reasons: [] }, detectMs: 1 };
  const requests = [{ type: 'tab-get', tabId: 3 }, { type: 'tab-analyze', tabId: 3, force: true }, { type: 'tab-reveal', tabId: 3, start: 0, end: 4, highlight: true }];

  it('panel requests (tab-*) from our pages only, never from a content script', () => {
    for (const m of requests) {
      expect(acceptFrom(m, panel, own)).toEqual(m);
      expect(acceptFrom(m, panelInTab, own)).toEqual(m);
      expect(acceptFrom(m, content, own)).toBeNull();
      expect(acceptFrom(m, { id: OWN, tab: { id: 7 } }, own)).toBeNull();
      // a page whose address merely contains ours
      expect(acceptFrom(m, { id: OWN, url: `https://evil.example/chrome-extension://${OWN}/`, tab: { id: 7 } }, own)).toBeNull();
    }
  });

  it('the detection verdict from a content script in a tab\'s top frame only', () => {
    expect(acceptFrom(detected, content, own)).toEqual(detected);
    expect(acceptFrom(detected, { ...content, frameId: 3 }, own)).toBeNull();
    expect(acceptFrom(detected, panel, own)).toBeNull();
    expect(acceptFrom(detected, panelInTab, own)).toBeNull();
    expect(acceptFrom(detected, { id: OWN, url: content.url }, own)).toBeNull();
  });

  it('what the background sends (page-*, tab-changed) never from a tab', () => {
    for (const m of [{ type: 'page-get' }, { type: 'page-analyze', force: false }, { type: 'page-reveal', start: 1, end: 2, highlight: false }, { type: 'tab-changed', tabId: 3 }]) {
      expect(acceptFrom(m, background, own)).toEqual(m);
      expect(acceptFrom(m, content, own)).toBeNull();
    }
  });

  it('and still nothing from another extension', () => {
    expect(acceptFrom(requests[0], { ...panel, id: 'another-extension' }, own)).toBeNull();
    expect(acceptFrom(detected, { ...content, id: 'another-extension' }, own)).toBeNull();
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

  it('a malformed reply is told apart from a missing one', () => {
    let caught: unknown = null;
    try { parseReply('tab-get', { error: 'x' }); } catch (e) { caught = e; }
    expect(errorCode(caught, 'no-background')).toBe('bad-reply');
    expect(errorCode(new Error('Could not establish connection. Receiving end does not exist.'), 'no-background')).toBe('no-background');
  });

  it('page-get may answer null (no analysis yet), tab-get may not', () => {
    expect(parseReply('page-get', null)).toBeNull();
    expect(() => parseReply('tab-get', null)).toThrow();
  });
});
