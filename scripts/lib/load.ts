// File access for the Node shells (analyze command, bench, tests): read a saved page in the charset
// it declares, and parse it with linkedom so lib/ sees a Document as it does in the browser.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';

/** The encoding a BOM announces, if any. */
function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The charset of bytes that declare none: UTF-8 when they are valid UTF-8, else GB18030 (the
 * superset of GBK/GB2312 that old Chinese sites and Windows tools write).
 */
export function guessCharset(bytes: Uint8Array): string {
  return bomCharset(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

/** A text file (.txt) in whatever encoding it came: BOM, else UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): { text: string; charset: string } {
  const charset = guessCharset(bytes);
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}

/** The charset a saved page declares (BOM, <meta charset>, http-equiv content-type), else a guess. */
export function sniffCharset(bytes: Uint8Array): string {
  const bom = bomCharset(bytes);
  if (bom) return bom;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return guessCharset(bytes);
  const cs = m[1].toLowerCase();
  // GB2312 pages routinely hold GBK characters; GB18030 is the superset that decodes both
  if (cs === 'gb2312' || cs === 'gbk' || cs === 'x-gbk' || cs === 'gb18030') return 'gb18030';
  return iconv.encodingExists(cs) ? cs : guessCharset(bytes);
}

export function decodePage(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), sniffCharset(bytes));
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(file: string): Document {
  return parsePage(decodePage(fs.readFileSync(file)));
}
