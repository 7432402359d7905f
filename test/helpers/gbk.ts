/** Encodes text as GBK/GB18030 two-byte sequences, the way Excel on Chinese Windows saves CSV. */
let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(pairs));
  table = new Map();
  let i = 0;
  for (const ch of decoded) {
    if (!table.has(ch)) table.set(ch, [pairs[i]!, pairs[i + 1]!]);
    i += 2;
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const t = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = t.get(ch);
      if (!pair) throw new Error(`"${ch}" has no GBK two-byte code`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}
