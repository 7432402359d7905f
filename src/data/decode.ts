export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /** false when GBK was a guess worth confirming */ confident: boolean;
    }
  | { ok: false; en: string; zh: string };

function hasBinaryControl(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return controls > n / 100;
}

/** UTF-16 without a byte-order mark: ASCII text with a zero byte beside every character. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > n / 2 / 2 && Math.min(even, odd) < n / 2 / 20;
}

/** A server's web page where a data file was asked for: an error page, or a missing folder. */
const HTML_PAGE = /^\s*<(?:!doctype\s+html|html[\s>]|head[\s>])/i;

/**
 * Reads bytes as text the way Chinese offices save files: a BOM decides; else strict UTF-8;
 * else GB18030 (a superset of GBK, what Excel on Chinese Windows writes). A web page is
 * refused here, with its reason, rather than read as a table with no known columns.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoded = decodeText(bytes);
  if (decoded.ok && HTML_PAGE.test(decoded.text.slice(0, 256)))
    return {
      ok: false,
      en: 'This is a web page (HTML), not a data file: the server answered with a page, such as an error page or the site’s own page for a folder that does not exist.',
      zh: '这是网页（HTML），不是数据文件：服务器返回了一个页面，例如错误页，或文件夹不存在时网站自身的页面。',
    };
  return decoded;
}

function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8-bom',
      confident: true,
    };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      confident: true,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      confident: true,
    };
  if (looksUtf16(bytes))
    return {
      ok: false,
      en: 'This looks like UTF-16 text without a byte-order mark, which cannot be read reliably. Save it as UTF-8 (in Excel: "CSV UTF-8").',
      zh: '此文件似乎是没有字节顺序标记（BOM）的 UTF-16 文本，无法可靠读取。请另存为 UTF-8（Excel 中选“CSV UTF-8”）。',
    };
  if (hasBinaryControl(bytes)) {
    return {
      ok: false,
      en: 'This is not a text file (it contains binary data). Save it from Excel as "CSV UTF-8".',
      zh: '这不是文本文件（含二进制数据）。请在 Excel 中另存为“CSV UTF-8”。',
    };
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      confident: true,
    };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    return {
      ok: true,
      text,
      encoding: 'gb18030',
      confident: replaced === 0 && /[\u4e00-\u9fff]/.test(text),
    };
  }
}
