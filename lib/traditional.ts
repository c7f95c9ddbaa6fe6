// 繁體 → 简体, the project's one module for it. Some official sites serve traditional characters; our
// patterns are written in simplified ones. Every mapping is character for character and keeps the
// UTF-16 length, so an offset found in a converted copy is the same offset in the original; the text
// an extraction returns is never converted.
//
// Two tables. COMMON (below, ~3 KB) holds the traditional characters of the genre's and the patterns'
// vocabulary: enough to tell a traditional text (`hasTraditionalHint`, `looksTraditional`) and to
// match every pattern of detection and chrome stripping (`simplifyCommon`), because a pattern can only
// match a character it names. Detection runs in the content script on every gov page, so it uses this
// table alone. OpenCC's full character table (~110 KB) is loaded by `toSimplified`, and only for text
// that is traditional; bundles that never call it leave it out (opencc-js has no side effects).
import { configs } from 'opencc-js/preset/t2cn';

/**
 * OpenCC's own pairs (TSCharacters) whose simplified side occurs in lib/'s patterns or in the real
 * reports of tests/fixtures/seeds, and whose traditional side never occurs in simplified reports (so a
 * simplified page never loads the big table). tests/detect-traditional.test.ts checks all three.
 */
const COMMON_PAIRS =
  '並并乾干佈布佔占併并來来侷局係系俬私個个們们倖幸備备傢家傳传僅仅價价億亿儘尽優优儲储內内兩两冊册凈净別别則则剋克創创劃划劑剂動动' +
  '務务勝胜勞劳勢势勵励匯汇區区協协卽即厤历厲厉參参員员唸念問问啓启啟启單单嘗尝噁恶噸吨噹当嚐尝嚮向嚴严囌苏國国圍围園园圖图團团垻坝' +
  '埰采執执堅坚報报場场塊块壓压壩坝壯壮夠够奬奖婦妇學学寀采實实寧宁審审寬宽將将專专對对導导屆届層层屬属崗岗嵗岁師师帶带幫帮幷并幹干' +
  '庫库廠厂廢废廣广廳厅張张強强彆别彌弥彔录彙汇後后徑径從从復复徵征徹彻惡恶愛爱態态慶庆憑凭憲宪應应懷怀戀恋戰战戶户扞捍捲卷掃扫掛挂' +
  '採采揚扬揮挥搖摇搧扇擊击擔担據据擬拟擴扩擺摆擾扰攝摄攤摊攬揽敎教敗败數数斷断於于旂旗昇升時时暢畅暫暂曆历曏向曬晒書书會会朮术東东' +
  '査查條条棟栋楓枫業业極极榦干榮荣構构樂乐標标樣样橋桥機机檔档檢检檯台欄栏權权欒栾歡欢歲岁歷历歸归殘残氣气氾泛汎泛決决沒没況况淨净' +
  '減减測测準准滙汇滿满漢汉潤润濃浓濟济濱滨瀏浏瀰弥灣湾災灾為为烏乌無无煙烟熱热營营爐炉爭争爲为爾尔牽牵獎奖獨独獲获現现環环產产産产' +
  '畝亩異异當当療疗發发盡尽監监眞真眾众睏困矯矫確确碼码礎础礙碍稅税種种稱称積积穩稳穫获競竞筆笔箇个節节範范築筑簡简簽签籌筹籤签粵粤' +
  '糰团糾纠紀纪約约紅红納纳紙纸級级紛纷紮扎細细終终組组結结絕绝絡络給给統统絶绝經经綜综綠绿綫线維维綱纲網网緊紧緑绿線线編编練练緻致' +
  '縣县縫缝縮缩總总績绩織织繞绕繩绳繪绘繫系繼继續续纍累纔才罰罚羣群義义習习聞闻聯联聲声職职聽听肅肃脩修脫脱腦脑臉脸臨临臺台與与興兴' +
  '舉举舊旧舖铺莊庄華华菸烟萬万葯药蒐搜蓋盖蔘参藍蓝藝艺藥药蘇苏蘭兰處处號号衆众術术衕同衛卫裏里補补裝装裡里製制複复襬摆覈核見见規规' +
  '視视親亲覺觉覽览觀观觸触訂订計计訊讯討讨訓训託托記记訟讼訪访設设許许訴诉註注証证詐诈評评詞词詢询試试話话該该誌志認认語语誠诚誰谁' +
  '課课調调談谈請请論论諧谐諮咨諾诺謀谋講讲謝谢證证識识議议護护讀读變变讓让豐丰負负財财貧贫貨货貫贯責责貴贵費费資资質质賬账購购趕赶' +
  '趨趋踐践踰逾蹤踪車车軌轨軍军較较載载輕轻輛辆輪轮輯辑輸输輿舆轄辖轉转辦办辯辩農农迴回逕径這这連连週周進进遊游運运過过達达違违遞递' +
  '遠远適适遶绕選选遼辽邁迈還还邊边郵邮鄉乡鄭郑鄰邻醫医釋释針针釦扣鈡钟鉅巨銜衔銷销鋪铺錄录錦锦錯错録录錶表鍵键鍼针鍾钟鎖锁鎭镇鎮镇' +
  '鏈链鐘钟長长門门閉闭開开間间閤合閱阅閲阅闆板關关陝陕陞升陣阵陸陆陽阳隊队階阶際际隨随險险隱隐隻只雖虽雙双離离難难雲云電电鞏巩韆千' +
  '響响頁页頂顶頃顷項项順顺預预頒颁領领頭头頻频題题額额願愿類类顧顾顯显風风颱台養养餘余饋馈馬马駁驳駐驻駕驾駛驶騙骗驗验驟骤體体髮发' +
  '鬆松鬥斗鹽盐麪面麫面麵面黃黄點点黨党齊齐齣出龍龙枱台詳详說说説说衹只銀银刪删幾几誤误';

const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;
/** COMMON as a lookup by code unit: the simplified code unit, or 0. */
const COMMON = new Uint16Array(CJK_LAST - CJK_FIRST + 1);
for (let i = 0; i + 1 < COMMON_PAIRS.length; i += 2) {
  COMMON[COMMON_PAIRS.charCodeAt(i) - CJK_FIRST] = COMMON_PAIRS.charCodeAt(i + 1);
}

/** The simplified code unit of a common traditional one, else 0. */
export function commonSimplified(code: number): number {
  return code >= CJK_FIRST && code <= CJK_LAST ? (COMMON[code - CJK_FIRST] ?? 0) : 0;
}

/** The common traditional pairs, traditional then simplified, for tests and tools. */
export function commonPairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < COMMON_PAIRS.length; i += 2) out.push([COMMON_PAIRS[i] ?? '', COMMON_PAIRS[i + 1] ?? '']);
  return out;
}

/** Does s hold a common traditional character? A scan of code units, no table to load. */
export function hasTraditionalHint(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (commonSimplified(s.charCodeAt(i))) return true;
  return false;
}

/** True when the sample holds enough traditional characters to call the whole text traditional. */
export function looksTraditional(sample: string): boolean {
  let hits = 0;
  let cjk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= CJK_LAST) cjk++;
    if (commonSimplified(c)) hits++;
  }
  return cjk > 0 && hits >= 3 && hits / cjk > 0.05;
}

/** Same length, the common table only: enough for matching any of our patterns. No big table. */
export function simplifyCommon(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const m = commonSimplified(s.charCodeAt(i));
    if (m) {
      out += s.slice(last, i) + String.fromCharCode(m);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

interface FullTable {
  bmp: Uint16Array; // by code unit: the simplified code unit, or 0
  astral: Map<string, string>; // surrogate pairs, mapped pair for pair
}

let full: FullTable | null = null;

/** OpenCC's character table (TSCharacters), restricted to same-length pairs; built on first use. */
function fullTable(): FullTable {
  if (full) return full;
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<string, string>();
  for (const group of configs.t2s?.conversionChain ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const pair of dict.split('|')) {
        const sp = pair.indexOf(' ');
        if (sp <= 0) continue;
        const from = pair.slice(0, sp);
        const to = pair.slice(sp + 1).split(' ')[0] ?? '';
        // phrases and length-changing pairs would shift offsets; the first entry for a character wins
        if (from.length !== to.length || [...from].length !== 1) continue;
        if (from.length === 1) {
          if (!bmp[from.charCodeAt(0)]) bmp[from.charCodeAt(0)] = to.charCodeAt(0);
        } else if (!astral.has(from)) astral.set(from, to);
      }
    }
  }
  full = { bmp, astral };
  return full;
}

/**
 * Simplified form of a string, same length, for matching: the common table, then OpenCC's for the
 * rest. Text without a common traditional character is returned as is, without loading OpenCC: a
 * simplified page never pays for it.
 */
export function toSimplified(s: string): string {
  if (!hasTraditionalHint(s)) return s;
  const { bmp, astral } = fullTable();
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const to = astral.get(s.slice(i, i + 2));
      if (to !== undefined) {
        out += s.slice(last, i) + to;
        last = i + 2;
      }
      i++;
      continue;
    }
    const m = commonSimplified(c) || (bmp[c] ?? 0); // the common table wins: both conversions agree
    if (m) {
      out += s.slice(last, i) + String.fromCharCode(m);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}
