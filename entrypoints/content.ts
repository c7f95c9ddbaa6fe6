// On *.gov.cn pages, at document idle: the cheap detection only, reported to the background. On a
// report the background injects the page agent (entrypoints/analyzer), which carries Readability
// and the analysis; a page that is not a report gets nothing more from us: no parse, no DOM write.
import { detect } from '../lib/detect';
import type { MessageOf } from '../lib/messages';
import { handOver } from '../lib/verdict-handoff';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    const t0 = performance.now();
    const detection = detect(document, location.href);
    const detectMs = performance.now() - t0;
    handOver(globalThis, { url: location.href, detection, detectMs });
    // a type-only import: the validators stay out of this bundle; the background validates
    const note: MessageOf<'detected'> = { type: 'detected', url: location.href, detection, detectMs };
    browser.runtime
      .sendMessage(note)
      .catch(() => { /* the background may be restarting; the panel can still ask for analysis */ });
  },
});
