import { describe, expect, it } from 'vitest';
import { handOver, takeOver } from '../lib/verdict-handoff';

const detection = { isReport: true, confidence: 0.95, reasons: ['标题含"法治政府建设年度报告"'] };

describe('the verdict handed from the content script to the page agent', () => {
  it('is taken once, for the same URL only', () => {
    const scope = {};
    handOver(scope, { url: 'http://www.x.gov.cn/a.html', detection, detectMs: 1.5 });
    expect(takeOver(scope, 'http://www.x.gov.cn/a.html')?.detection).toEqual(detection);
    expect(takeOver(scope, 'http://www.x.gov.cn/a.html')).toBeNull();
  });
  it('is not used after the page moved to another URL', () => {
    const scope = {};
    handOver(scope, { url: 'http://www.x.gov.cn/a.html', detection, detectMs: 1.5 });
    expect(takeOver(scope, 'http://www.x.gov.cn/b.html')).toBeNull();
  });
});
