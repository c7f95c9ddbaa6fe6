// File access for the Node shells (analyze command, bench, tests): read a saved page in the charset
// it declares, and parse it with linkedom so lib/ sees a Document as it does in the browser.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';

/** The charset a saved page declares (BOM, <meta charset>, http-equiv content-type), else utf-8. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const cs = (m?.[1] ?? 'utf-8').toLowerCase();
  // GB2312 pages routinely hold GBK characters; GB18030 is the superset that decodes both
  if (cs === 'gb2312' || cs === 'gbk' || cs === 'x-gbk' || cs === 'gb18030') return 'gb18030';
  return iconv.encodingExists(cs) ? cs : 'utf-8';
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
