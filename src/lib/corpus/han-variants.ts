// Traditional → simplified characters for the characters of the codebook's Chinese phrases, so that
// a text in traditional characters (數據跨境流動) matches the phrases written in simplified ones
// (数据跨境流动). One character for one character: offsets in the text stay exact. This is a
// character table, not a regional vocabulary: Taiwan's 資料 (data) or 人工智慧 (AI) are other words,
// not other characters, and match only if the codebook lists them as phrases.
//
// Every Han character of a Chinese phrase, label or name in the codebook is either a simplified
// character with its traditional form(s) below, or in SAME_IN_BOTH (written alike in both
// scripts); a test checks this, so a new phrase cannot silently miss its traditional spelling.

/** Pairs "traditional simplified", one per character. */
const PAIRS =
  '與与 業业 為为 爲为 義义 產产 夥伙 傳传 倫伦 體体 關关 興兴 準准 則则 創创 務务 動动 協协 參参 ' +
  '養养 發发 髮发 國国 壇坛 復复 複复 學学 實实 寬宽 對对 帶带 應应 開开 態态 據据 數数 術术 機机 ' +
  '權权 標标 溝沟 濟济 環环 電电 礎础 類类 係系 繫系 紅红 約约 經经 絡络 統统 續续 網网 聯联 ' +
  '蘇苏 甦苏 範范 營营 規规 視视 計计 讓让 訓训 議议 論论 設设 識识 話话 調调 貿贸 資资 賴赖 ' +
  '轉转 輸输 邊边 運运 進进 鑒鉴 鑑鉴 鏈链 長长 間间 際际 險险 項项 領领 風风 鴻鸿 穩稳 綠绿';

/** Characters of the codebook's phrases that traditional and simplified write alike. */
export const SAME_IN_BOTH =
  '世中主互交享人代以伙伴作供信倡入全公共利前力包化南可合同向命和品商善型域培基境增多契子字安家' +
  '容展工差平年建式律心性息惠成才技持接操攸放政新方施易普智本果架框正歧治沿法流源物球理生用界的' +
  '益目相知科移程空等策算系素能融表要言赤越距跨通遇非水定色';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ').map((pair) => [pair[0]!, pair[1]!] as const),
);

/**
 * The character as the matcher compares it: simplified Han, ASCII for full-width Latin letters and
 * digits (ＡＩ, ５Ｇ). Always one UTF-16 unit for one, so offsets carry over unchanged.
 */
export function foldHanChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c;
}

/** A string folded character by character (same length as the input). */
export function foldHan(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldHanChar(text[i]!);
  return out;
}
