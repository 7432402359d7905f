/** A small seeded PRNG (mulberry32): the same seed always gives the same dataset. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  range(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** An index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Splits `total` into `parts` integers that sum to it, each part's share jittered. */
  split(total: number, parts: number, jitter = 0.6): number[] {
    if (parts === 0) return [];
    const weights = Array.from({ length: parts }, () => this.range(1 - jitter, 1 + jitter));
    const sum = weights.reduce((s, w) => s + w, 0);
    const exact = weights.map((w) => (w / sum) * total);
    const out = exact.map(Math.floor);
    let left = total - out.reduce((s, n) => s + n, 0);
    const byRemainder = exact
      .map((x, i) => [x - Math.floor(x), i] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; left > 0; k = (k + 1) % parts, left--) out[byRemainder[k]![1]]!++;
    return out;
  }
}
