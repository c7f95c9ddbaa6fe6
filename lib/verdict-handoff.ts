// The content script's verdict, handed to the page agent injected after it. Both run in the same
// isolated world of the page, so the agent need not walk the page a second time to detect what the
// content script decided a moment before. Scope is a parameter: no globals here.
import type { Detection } from './types';

const KEY = '__fazhiLensVerdict';

interface Handoff { url: string; detection: Detection; detectMs: number }
type Scope = { [KEY]?: Handoff };

export function handOver(scope: object, h: Handoff): void {
  (scope as Scope)[KEY] = h;
}

/** The verdict for this URL if the content script left one (once: a later request detects afresh). */
export function takeOver(scope: object, url: string): Handoff | null {
  const s = scope as Scope;
  const h = s[KEY];
  delete s[KEY];
  return h && h.url === url ? h : null;
}
