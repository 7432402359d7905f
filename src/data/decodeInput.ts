import { decodeBytes, type Encoding } from './decode';
import { encodingGuessed, fileIssue } from './fileIssues';
import type { Issue } from './report';

/** Bytes to text, asking the user (when someone can be asked) where the encoding is a guess. */

/** The two readings offered when a file is neither valid UTF-8 nor surely GBK. */
export type ChosenEncoding = 'utf-8' | 'gb18030';

export interface EncodingQuestion {
  input: number;
  name: string;
  /** The first lines read both ways, so the user can see which one is text. */
  preview: Record<ChosenEncoding, string[]>;
}

/** What decoding needs to know of a file: its name, and the user's earlier answer. */
export interface NamedInput {
  /** File name as the user sees it. */
  name: string;
  /** The user's earlier answer to the encoding question, kept with saved data. */
  encoding: ChosenEncoding | null;
}

const PREVIEW_BYTES = 16 * 1024;
const PREVIEW_LINES = 5;

export interface Read<I extends NamedInput = NamedInput> {
  input: I;
  index: number;
  bytes: Uint8Array | null;
  error: Issue | null;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  chosen: ChosenEncoding | null;
  warning: Issue | null;
}

/**
 * The first lines that read differently in the two encodings (the ones with Chinese or
 * accented text), so the user compares what matters rather than two identical headers.
 */
export function previewLines(bytes: Uint8Array): Record<ChosenEncoding, string[]> {
  const head = bytes.subarray(0, PREVIEW_BYTES);
  const lines = (e: ChosenEncoding) => new TextDecoder(e).decode(head).split(/\r?\n/);
  const utf8 = lines('utf-8');
  const gbk = lines('gb18030');
  let picked = utf8.map((_, i) => i).filter((i) => utf8[i] !== gbk[i]);
  if (picked.length === 0) picked = utf8.map((_, i) => i).filter((i) => utf8[i]!.trim() !== '');
  picked = picked.slice(0, PREVIEW_LINES);
  const cut = (l: string | undefined) => (l && l.length > 160 ? `${l.slice(0, 160)}…` : (l ?? ''));
  return { 'utf-8': picked.map((i) => cut(utf8[i])), gb18030: picked.map((i) => cut(gbk[i])) };
}

export type AskEncoding = (
  questions: EncodingQuestion[],
) => Promise<Record<number, ChosenEncoding>>;

/** Turns each input into text, asking about unsure encodings all at once. */
export async function decodeAll(
  reads: readonly Read[],
  ask: AskEncoding | null,
): Promise<Map<number, Decoded>> {
  const out = new Map<number, Decoded>();
  const unsure: Array<{ read: Read; guess: string }> = [];
  for (const read of reads) {
    if (!read.bytes) continue;
    const d = decodeBytes(read.bytes);
    if (!d.ok) {
      read.error = fileIssue(read.input.name, d.en, d.zh);
      continue;
    }
    if (d.confident)
      out.set(read.index, { text: d.text, encoding: d.encoding, chosen: null, warning: null });
    else unsure.push({ read, guess: d.text });
  }
  const asked = unsure.filter((u) => u.read.input.encoding === null);
  const choices: Record<number, ChosenEncoding> =
    ask && asked.length > 0
      ? await ask(
          asked.map(({ read }) => ({
            input: read.index,
            name: read.input.name,
            preview: previewLines(read.bytes!),
          })),
        )
      : {};
  for (const { read, guess } of unsure) {
    const chosen = read.input.encoding ?? choices[read.index] ?? null;
    if (chosen) {
      out.set(read.index, {
        text: new TextDecoder(chosen).decode(read.bytes!),
        encoding: chosen,
        chosen,
        warning: null,
      });
      continue;
    }
    out.set(read.index, {
      text: guess,
      encoding: 'gb18030',
      chosen: null,
      warning: encodingGuessed(read.input.name),
    });
  }
  return out;
}
