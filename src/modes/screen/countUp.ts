import { formatValue, type Lang } from '../../i18n/format';
import type { HeadlineValue } from '../../model/headline';

/** How long a hero number counts up: long enough to be seen from the door, short of a wait. */
export const COUNT_UP_MS = 1200;

/** Fast at first, settling on the value: the last digits turn slowly, like a flap display. */
export const easeOut = (t: number): number => 1 - (1 - t) ** 3;

/**
 * Where the count starts, as a share of the value: above zero, so no frame of a figure the
 * sources give ever reads 0 (a wall's zero would be read as a fact).
 */
const FROM = 0.02;

/** A step of the count keeps the figure's kind: whole numbers stay whole, and not below 1. */
const stepOf = (target: number, k: number) =>
  Number.isInteger(target) ? Math.ceil(target * k) : target * k;

/**
 * The figure's text at progress `t` (0 → 1) of its count-up. From t = 1 on it is exactly
 * formatValue's text, qualifier words (约, 以上, 余) and unit included, so the animation ends
 * on the static figure; on the way up it is the same format at a smaller value.
 */
export function countUpText(v: HeadlineValue, lang: Lang, t: number): string {
  if (!(t < 1)) return formatValue(v.value, v.unit, lang, v.qualifier, v.valueMax);
  const k = FROM + (1 - FROM) * easeOut(Math.max(0, t));
  return formatValue(
    stepOf(v.value, k),
    v.unit,
    lang,
    v.qualifier,
    v.valueMax === null ? null : stepOf(v.valueMax, k),
  );
}
