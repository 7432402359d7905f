import { LIMITS, sizeAgainstLimit } from './limits';

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

/**
 * Reads bytes as text the way Chinese offices save files: a BOM decides; else strict UTF-8;
 * else GB18030 (a superset of GBK, what Excel on Chinese Windows writes).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > LIMITS.fileBytes) {
    const [size, limit] = sizeAgainstLimit(bytes.length);
    return {
      ok: false,
      en: `The file is ${size}; the limit is ${limit}.`,
      zh: `文件大小为 ${size}，上限为 ${limit}。`,
    };
  }
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
