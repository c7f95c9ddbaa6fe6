// `node scripts/make-icons.mjs` renders public/icon/{16,32,48,128}.png: a red seal-like rounded square with a white 法, drawn by
// headless Chromium with the CJK font, each size rendered natively (not scaled) so 16 px stays crisp.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
const out = new URL('../public/icon', import.meta.url).pathname;
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of [16, 32, 48, 128]) {
  const radius = Math.round(size * 0.2);
  const font = Math.round(size * (size <= 16 ? 0.94 : 0.78));
  const stroke = size >= 48 ? `box-shadow: inset 0 0 0 ${Math.max(2, Math.round(size * 0.04))}px rgba(255,255,255,.85);` : '';
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#b3261e;${stroke}
      display:flex;align-items:center;justify-content:center;color:#fff;font:700 ${font}px/1 'WenQuanYi Micro Hei',sans-serif;
      -webkit-font-smoothing:antialiased"><span style="transform:translateY(${size <= 16 ? 0 : -Math.round(size * 0.02)}px)">法</span></div></body></html>`);
  await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log('icons written');
