const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** The mark for a point with no check-ins. */
export const SPARK_GAP = '·';

/**
 * A one-line chart of values on the mood scale (1–10 by default). `null` is a gap (no check-ins),
 * drawn as `·` so a missing day never looks like a low day.
 */
export function sparkline(values: readonly (number | null)[], min = 1, max = 10): string {
  return values
    .map((v) => {
      if (v === null || Number.isNaN(v)) return SPARK_GAP;
      const t = (Math.min(max, Math.max(min, v)) - min) / (max - min || 1);
      return BARS[Math.min(BARS.length - 1, Math.round(t * (BARS.length - 1)))]!;
    })
    .join('');
}

/**
 * Squeeze a series into at most `width` points by averaging neighbours (gaps ignored; a bucket
 * with no values stays a gap).
 */
export function fitSeries(values: readonly (number | null)[], width: number): (number | null)[] {
  if (values.length <= width) return [...values];
  const out: (number | null)[] = [];
  for (let i = 0; i < width; i++) {
    const a = Math.floor((i * values.length) / width);
    const b = Math.floor(((i + 1) * values.length) / width);
    const xs = values.slice(a, b).filter((v): v is number => v !== null);
    out.push(xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  }
  return out;
}
