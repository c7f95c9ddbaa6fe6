// How a saved report is recognised again: by its canonical URL, or, for text with no URL, by the
// hash of its content. Both are pure and synchronous so the panel can compute them before a save.

// Query parameters that track the visit, not the document: dropping them keeps one report one record.
const TRACKING = /^(utm_[a-z]+|spm|from|source|share|isappinstalled|timestamp|_t|t|wx_[a-z]+|scene|clicktime|enterid)$/i;

/**
 * The URL with what does not name the document removed: fragment, default port, tracking
 * parameters, parameter order, host case. Returns null for what is not an http(s) URL.
 */
export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  u.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  u.hostname = u.hostname.toLowerCase();
  return u.toString();
}

/** Two independent 32-bit FNV-1a style mixes over UTF-16 units: 64 bits, enough to tell reports apart. */
function hash64(s: string): string {
  let h1 = 0x811c9dc5 ^ s.length;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0xc2b2ae35);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The hash of a report's text, blind to whitespace: the same report extracted again (another
 * layout pass, a trailing newline, full-width spaces) hashes the same.
 */
export function contentHash(text: string): string {
  return hash64(text.replace(/[\s\u3000]+/g, ''));
}

/**
 * The record id: from the canonical URL without its scheme (portals serve http and https alike),
 * or from the content hash when there is no URL.
 */
export function reportId(canonical: string | null, hash: string): string {
  if (canonical) return 'u-' + hash64(canonical.replace(/^https?:\/\//, ''));
  return 'h-' + hash;
}
