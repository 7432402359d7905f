/**
 * One row's cells as ranges of a text. A plain CSV line is not split into strings: each cell is
 * read where it stands, and a string is made only for a cell kept as text. Numbers, enumerations
 * and a value repeated from the row before are read in place; with `split`, 128,000 rows × 11
 * cells made 1.4 million strings, and collecting them was a tenth of the load.
 */
export class RowCells {
  /** The text the ranges point into: the file's text, or a quoted row's cells joined. */
  text = '';
  count = 0;
  starts = new Int32Array(32);
  ends = new Int32Array(32);

  /** The cells of `text[from, to)`, a line without quotes, split at `delimiter` (one character). */
  splitLine(text: string, from: number, to: number, delimiter: string): this {
    this.text = text;
    let n = 0;
    for (let i = from; ; n++) {
      let d = text.indexOf(delimiter, i);
      if (d === -1 || d > to) d = to;
      this.set(n, i, d);
      if (d === to) break;
      i = d + 1;
    }
    this.count = n + 1;
    return this;
  }

  /** Cells already read as strings (a quoted line, Papa's rows, a JSON record's values). */
  setFields(fields: readonly string[]): this {
    this.text = fields.join('');
    let at = 0;
    fields.forEach((f, i) => this.set(i, at, (at += f.length)));
    this.count = fields.length;
    return this;
  }

  private set(i: number, start: number, end: number): void {
    if (i === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[i] = start;
    this.ends[i] = end;
  }

  /** Cell `i` as a string; '' past the last cell. */
  field(i: number): string {
    return i < this.count ? this.text.slice(this.starts[i], this.ends[i]) : '';
  }

  fields(): string[] {
    const out = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.field(i);
    return out;
  }

  /** True when every cell is empty or white space. */
  isBlank(): boolean {
    for (let i = 0; i < this.count; i++) {
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      if (start === end) continue;
      const c = this.text.charCodeAt(start);
      if (keptByTrim(c) || this.field(i).trim() !== '') return false;
    }
    return true;
  }

  /** Line breaks inside the cells: only a quoted cell can hold one. */
  newlines(): number {
    if (this.count === 0) return 0;
    const { text } = this;
    const end = this.ends[this.count - 1]!;
    let n = 0;
    for (
      let i = text.indexOf('\n', this.starts[0]);
      i !== -1 && i < end;
      i = text.indexOf('\n', i + 1)
    )
      n++;
    return n;
  }
}

/** True when trim() keeps this character: anything but JavaScript's white space and line breaks. */
export const keptByTrim = (c: number): boolean =>
  c > 32
    ? c < 0xa0 ||
      !(
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff
      )
    : c !== 32 && (c < 9 || c > 13);
