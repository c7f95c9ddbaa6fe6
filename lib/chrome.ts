// Portal chrome: the lines a CMS wraps around an article (info line, breadcrumb, share bar, footer).
// Shared by extraction (to strip them from pages) and by outline/indicators (a .txt may still hold
// them; they stay in the text so offsets hold, but never become headings or figures).
// Patterns are simplified Chinese; lines are converted (length-preserving, with the common table that
// covers every character the patterns name) before matching, so pages served in 繁體 are caught by
// the same patterns. Detection uses this module in the content script: no OpenCC table here.
import { simplifyCommon } from './traditional';

const INFO_FIELD =
  '点击|阅读|浏览|日期|时间|来源|文章来源|信息来源|稿件来源|发布时间|发布日期|发文日期|更新时间|浏览次数|点击数|点击量|点击率|阅读次数|阅读量|访问量|浏览量|访问次数|字号|字体|发布机构|发文机关|发布者|作者|责任编辑|编辑|审核|索引号|主题分类|发文字号|成文日期|公开方式|公开范围|公开时限|有效性|信息分类|文号|生成日期|所属机构|体裁分类';

const CHROME_LINE: RegExp[] = [
  /^(当前位置|您的位置|你的位置|您当前的位置|您现在的位置|当前所在位置|所在位置|位置)\s*[:：]/,
  /^(首页|网站首页|主页)\s*[>›»＞/\\|-]/,
  /^[>›»＞]\s*\S/,
  // the info line: one of its fields followed by a colon, anywhere in a short line
  new RegExp(`(^|\\s|[|｜【\\[(（])(${INFO_FIELD})\\s*[:：]`),
  /^[\[【(（]?\s*(字号|字体)\s*[:：]?\s*[\[【(（]?\s*[大中小]/,
  /^[\[【(（]?\s*大\s*中\s*小\s*[\]】)）]?$/,
  /^(视力保护色|保护视力色|护眼模式)\s*[:：]?/,
  /[\[【]\s*[大中小]\s*[\]】]\s*[\[【]\s*[大中小]\s*[\]】]/,
  /^[\[【(（]?\s*(打印|我要打印|打印本页|打印文章|关闭|关闭窗口|关闭本页|收藏|加入收藏|分享|分享到|返回顶部|返回|回到顶部|上一篇|下一篇|纠错|我要纠错|保护视力色|视力保护色|默认|朗读|扫一扫|手机查看)\s*[\]】)）]?\s*([|｜/\s]*[\[【(（]?\s*(打印|我要打印|打印本页|打印文章|关闭|关闭窗口|关闭本页|收藏|加入收藏|分享|返回顶部|返回|回到顶部|纠错|保护视力色|视力保护色|默认|朗读)\s*[\]】)）]?\s*)*$/,
  /^(分享到|分享至|分享)\s*[:：]/,
  /^(扫一扫|用手机扫描|手机扫码|微信扫一扫)/,
  /^(相关链接|相关附件|关联稿件|关联文档|相关文章|相关阅读|相关新闻|相关信息|相关文件|相关稿件|附件下载|扫一扫在手机打开当前页|友情链接)\s*[:：]?\s*$/,
  /^(上一篇|下一篇|上一条|下一条)\s*[:：]/,
  /(网站标识码|ICP备|ICP证|公网安备|京公网安备|政府网站找错)/,
  /(主办单位|承办单位|协办单位|主办|承办|版权所有|技术支持|运行维护|联系我们|网站地图|网站声明|隐私声明)\s*[:：]/,
  /^(版权所有|Copyright|copyright|©)/,
  /联系电话\s*[:：]\s*[\d（(-]/,
  /^(地址|通讯地址|邮编|邮政编码|热词|热门搜索|搜索)\s*[:：]/,
  /^欢迎(访问|来到|光临)/,
  /(无障碍|长者模式|适老化|关怀版|简体版|繁体版|个人登录|法人登录).{0,20}[|｜]|[|｜].{0,20}(无障碍|长者模式|适老化|关怀版|个人登录|法人登录)/,
  /(分辨率|浏览器).{0,10}(浏览|访问|以上)|建议使用.{0,20}(分辨率|浏览器)/,
  /^(网站地图|联系我们|网站声明|关于我们)(\s*[|｜]\s*(网站地图|联系我们|网站声明|关于我们))*$/,
  /^共\s*\d+\s*(条|页)|首页\s*上一页\s*下一页|上一页\s*下一页\s*尾页/,
  /^(政府信息公开|政务公开|信息公开|信息公开目录|政策文件)\s*$/,
  /^[|｜/\s>›»＞-]+$/,
];

// one pass of the regex engine per line instead of one per pattern (this runs on every short line)
const ANY_CHROME_LINE = new RegExp(CHROME_LINE.map((re) => `(?:${re.source})`).join('|'));

export function isChromeLine(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  // a body paragraph can mention 来源 in passing; chrome lines are short
  if (s.length > 120) return false;
  return ANY_CHROME_LINE.test(simplifyCommon(s));
}

const RELATED_LINKS = /^(相关链接|关联稿件|相关文章|相关阅读|相关新闻|相关稿件|相关信息|友情链接)\s*[:：]?\s*$/;

/** 相关链接 / 关联稿件 as a heading: everything after it is a list of other pages. */
export function isRelatedLinksHeading(line: string): boolean {
  const s = line.trim();
  return s.length <= 20 && RELATED_LINKS.test(simplifyCommon(s));
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
