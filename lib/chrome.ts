// Portal chrome: the lines a CMS wraps around an article (info line, breadcrumb, share bar, footer).
// Shared by extraction (to strip them from pages) and by outline/indicators (a .txt may still hold
// them; they stay in the text so offsets hold, but never become headings or figures).

const CHROME_LINE: RegExp[] = [
  /^(当前位置|您的位置|你的位置|所在位置|位置)\s*[:：]/,
  /^(首页|网站首页)\s*[>›»＞/]/,
  /(来源|來源|发布时间|發佈時間|发布日期|發布日期|浏览次数|瀏覽次數|点击数|點擊數|阅读次数|访问量|浏览量|字号|字體|字体|文章来源|信息来源|发布机构|发文机关|作者)\s*[:：]/,
  /^(字号|字體|字体)\s*[:：]?\s*[\[【]?\s*[大中小]/,
  /^[\[【]?\s*(打印|关闭|關閉|打印本页|关闭窗口|收藏|分享到?|返回顶部|返回|上一篇|下一篇)\s*[\]】]?\s*([\[【]?\s*(打印|关闭|關閉|打印本页|关闭窗口|收藏|返回顶部|返回)\s*[\]】]?\s*)*$/,
  /^(分享到|分享至)\s*[:：]?/,
  /^(相关链接|相關鏈接|关联稿件|關聯稿件|相关文章|相关阅读|相关新闻|附件)\s*[:：]?\s*$/,
  /^(上一篇|下一篇)\s*[:：]/,
  /(网站标识码|網站標識碼|ICP备|ICP證|ICP证|公网安备|公網安備|主办单位|主辦單位|承办单位|版权所有|技术支持|联系电话|网站地图)/,
  /^(政府信息公开|政务公开|信息公开)\s*$/,
  /^[|｜\s]+$/,
];

export function isChromeLine(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  // a body paragraph can mention 来源 in passing; chrome lines are short
  if (s.length > 120) return false;
  return CHROME_LINE.some((re) => re.test(s));
}

/** [start, end) offsets of the chrome lines in a text, so analysers can skip them. */
export function chromeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (isChromeLine(line)) spans.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  return spans;
}
