// @vitest-environment happy-dom
// Revealing a figure in a page without the CSS Custom Highlight API draws a temporary overlay; the
// timer of an earlier overlay must not remove a later one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reveal } from '../../entrypoints/analyzer/reveal';

const text = '共收到行政复议申请33起，已受理并办结33起。\n出庭应诉率达到100%。';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('reveal without the highlight API', () => {
  it('an older overlay\'s timer leaves a newer overlay in place', () => {
    const win = document.defaultView!;
    Object.defineProperty(win, 'Highlight', { value: undefined, configurable: true });
    document.body.innerHTML = '<p>共收到行政复议申请33起，已受理并办结33起。</p><p>出庭应诉率达到100%。</p>';
    const timers: (() => void)[] = [];
    vi.spyOn(win, 'setTimeout').mockImplementation(((fn: () => void) => { timers.push(fn); return timers.length; }) as typeof win.setTimeout);
    const overlays = () => document.body.querySelectorAll(':scope > div[aria-hidden="true"]');

    expect(reveal(document, text, 0, 12, true)).toEqual({ ok: true, how: 'overlay' });
    const first = overlays()[0];
    const second = text.indexOf('出庭');
    expect(reveal(document, text, second, second + '出庭应诉率达到100%'.length, true)).toEqual({ ok: true, how: 'overlay' });
    expect(overlays()).toHaveLength(1);
    expect(overlays()[0]).not.toBe(first);
    const newer = overlays()[0];

    timers[0](); // the first overlay's time is up
    expect(Array.from(overlays())).toEqual([newer]);
    timers[1]();
    expect(overlays()).toHaveLength(0);
  });
});
