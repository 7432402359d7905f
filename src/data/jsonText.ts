/**
 * A JSON reader that keeps positions. JSON.parse says only "at position 181" in English,
 * accepts a duplicated key by keeping the last one, and recurses as deep as the file goes;
 * this reader reports line:column in both languages, notes duplicate keys, and stops at the
 * nesting limit before the stack does.
 */

export interface Position {
  line: number;
  column: number;
}

/** A syntax error at an offset of the text, explained in English and Chinese. */
export class JsonSyntax extends Error {
  constructor(
    readonly at: number,
    readonly en: string,
    readonly zh: string,
    /** The text may be valid JSON; it passed a limit. */
    readonly limit = false,
  ) {
    super(en);
  }

  /** The error at its line and column; the message leaves the position to the issue. */
  located(text: string): { line: number; column: number; en: string; zh: string } {
    const { line, column } = positionAt(text, this.at);
    return this.limit
      ? { line, column, en: this.en, zh: this.zh }
      : { line, column, en: `Not valid JSON: ${this.en}`, zh: `不是有效的 JSON：${this.zh}` };
  }
}

/** 1-based line and column (in UTF-16 units) of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const NOT_A_NUMBER = /-?(?:NaN|Infinity)/y;
const CONTROL = /[\u0000-\u001f]/;

/** Sets a key even when it is "__proto__", which plain assignment would treat as the prototype. */
function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else obj[key] = value;
}

export class JsonReader {
  pos: number;
  /** Where the last key read starts. */
  keyAt = 0;
  /** Keys that appeared twice in one object, with the offset of the second. */
  readonly duplicates: Array<{ key: string; at: number }> = [];

  constructor(
    readonly text: string,
    readonly maxDepth: number,
    from = 0,
  ) {
    this.pos = from;
  }

  fail(en: string, zh: string, at = this.pos, limit = false): never {
    throw new JsonSyntax(at, en, zh, limit);
  }

  /** Skips whitespace and returns the next character code, or NaN at the end. */
  peek(): number {
    const { text } = this;
    let c = text.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++this.pos);
    if (c === 0xfeff)
      this.fail(
        'A byte-order mark (U+FEFF) inside the file; only the very start may have one.',
        '文件中间出现字节顺序标记（U+FEFF）；只有文件开头可以有。',
      );
    return c;
  }

  /** Consumes `ch` (after whitespace) or fails, naming what was expected. */
  expect(ch: string, what: string, whatZh: string): void {
    if (this.peek() !== ch.charCodeAt(0)) this.unexpected(`${what}`, whatZh);
    this.pos++;
  }

  unexpected(expected: string, expectedZh: string): never {
    if (this.pos >= this.text.length)
      this.fail(
        `The JSON ends too early: expected ${expected}. Was the file cut off?`,
        `JSON 提前结束：此处应为${expectedZh}。文件是否不完整？`,
      );
    const ch = JSON.stringify(this.text[this.pos]);
    this.fail(
      `Unexpected ${ch}: expected ${expected}.`,
      `意外的字符 ${ch}：此处应为${expectedZh}。`,
    );
  }

  /** Any JSON value; `depth` is the nesting of the value's container. */
  value(depth: number): unknown {
    const c = this.peek();
    if (c === 34) return this.string();
    if (c === 123 || c === 91) {
      if (depth >= this.maxDepth)
        this.fail(
          `The JSON is nested more than ${this.maxDepth} levels deep; the limit is ${this.maxDepth}.`,
          `JSON 嵌套超过 ${this.maxDepth} 层，上限为 ${this.maxDepth} 层。`,
          this.pos,
          true,
        );
      return c === 123 ? this.object(depth + 1) : this.array(depth + 1);
    }
    if (this.text.startsWith('null', this.pos)) return ((this.pos += 4), null);
    if (this.text.startsWith('true', this.pos)) return ((this.pos += 4), true);
    if (this.text.startsWith('false', this.pos)) return ((this.pos += 5), false);
    return this.number();
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.pos += m[0].length;
      return Number(m[0]);
    }
    NOT_A_NUMBER.lastIndex = this.pos;
    const bad = NOT_A_NUMBER.exec(this.text);
    if (bad)
      this.fail(
        `${bad[0]} is not valid JSON; write null for "not known", or a number.`,
        `${bad[0]} 不是有效的 JSON；未知请写 null，否则写数字。`,
      );
    return this.unexpected('a value', '一个值');
  }

  string(): string {
    const { text } = this;
    const start = this.pos + 1;
    let end = start;
    for (;;) {
      const q = text.indexOf('"', end);
      if (q === -1)
        this.fail(
          'A string is not closed: the file ends inside it. Was the file cut off?',
          '字符串没有结束引号：文件在字符串中结束。文件是否不完整？',
          this.pos,
        );
      let b = q - 1;
      while (b >= start && text.charCodeAt(b) === 92) b--;
      end = q;
      if ((q - 1 - b) % 2 === 0) break;
      end = q + 1;
    }
    const raw = text.slice(start, end);
    const control = CONTROL.exec(raw);
    if (control)
      this.fail(
        'A line break or control character inside a string; write it as \\n or \\t.',
        '字符串中有换行或控制字符；请写成 \\n 或 \\t。',
        start + control.index,
      );
    this.pos = end + 1;
    if (!raw.includes('\\')) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return this.fail('A string has an invalid \\ escape.', '字符串中有无效的 \\ 转义。', start);
    }
  }

  private array(depth: number): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    if (this.peek() === 93) return (this.pos++, out);
    for (;;) {
      out.push(this.value(depth));
      if (!this.separator(93, ']')) return out;
    }
  }

  /** After an element: true on a comma, false on the closing bracket. */
  separator(close: number, closeChar: string): boolean {
    const c = this.peek();
    if (c === 44) return (this.pos++, true);
    if (c === close) return (this.pos++, false);
    return this.unexpected(`"," or "${closeChar}"`, `“,”或“${closeChar}”`);
  }

  /** The next member's key, after "{" or ","; null when the object closes instead. */
  key(first: boolean): string | null {
    const c = this.peek();
    if (first && c === 125) return (this.pos++, null);
    if (c !== 34) this.unexpected('a key in double quotes', '用双引号括起的键');
    this.keyAt = this.pos;
    const key = this.string();
    this.expect(':', '":"', '“:”');
    return key;
  }

  object(depth: number): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    for (let key = this.key(true); key !== null;) {
      if (Object.hasOwn(out, key)) this.duplicates.push({ key, at: this.keyAt });
      put(out, key, this.value(depth));
      key = this.separator(125, '}') ? this.key(false) : null;
    }
    return out;
  }

  /** Fails unless only whitespace is left. */
  end(): void {
    this.peek();
    if (this.pos < this.text.length)
      this.fail(
        'Unexpected content after the end of the JSON value. One record a line is the .ndjson form.',
        'JSON 值结束后还有多余内容。每行一条记录的写法请用 .ndjson 文件。',
      );
  }
}

/** Parses a whole text as one JSON value; a leading byte-order mark is allowed. */
export function readJson(text: string, maxDepth: number): { value: unknown; reader: JsonReader } {
  const reader = new JsonReader(text, maxDepth, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const value = reader.value(0);
  reader.end();
  return { value, reader };
}
