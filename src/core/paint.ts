/**
 * The colour functions core renderers use. A chalk instance fits this shape, so the caller
 * (which owns the colour policy: NO_COLOR, TERM=dumb, --no-color, TTY) passes `new Chalk({ level })`
 * or `plainPaint`; core never imports chalk's default instance.
 */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  hex(color: string): (text: string) => string;
  bgHex(color: string): (text: string) => string;
}

const id = (text: string) => text;

/** No colour at all. */
export const plainPaint: Paint = { bold: id, dim: id, hex: () => id, bgHex: () => id };

/**
 * Five mood bands on a colour-blind-safe scale (viridis): low days a deep violet, good days a
 * warm yellow — calm, never alarm-red. `fg` keeps digits readable on the band's background.
 */
export const MOOD_BANDS = [
  { range: '1–2', lo: 1, hi: 2, bg: '#472c7a', fg: '#ffffff' },
  { range: '3–4', lo: 3, hi: 4, bg: '#3b518b', fg: '#ffffff' },
  { range: '5–6', lo: 5, hi: 6, bg: '#21908d', fg: '#ffffff' },
  { range: '7–8', lo: 7, hi: 8, bg: '#5dc963', fg: '#000000' },
  { range: '9–10', lo: 9, hi: 10, bg: '#fde725', fg: '#000000' },
] as const;

/** The band (0–4) of a mood or day mean, after rounding to the nearest whole mood. */
export function moodBand(mood: number): number {
  const m = Math.min(10, Math.max(1, Math.round(mood)));
  return Math.min(4, Math.floor((m - 1) / 2));
}

