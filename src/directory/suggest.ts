/**
 * "Did you mean …": the closest known strings to a mistyped one (program ids, facet values).
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[i - 2] as number[])[j - 2]! + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length]!;
}

/**
 * The known strings closest to an unknown one, best first: those containing it or contained in it, and
 * those within a few edits (more allowed for longer strings), also comparing with the start of longer
 * ones ("nami-conect" ~ "nami-connection"). At most `limit`, ties in alphabetical order.
 */
export function closestValues(query: string, known: readonly string[], limit = 3): string[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: Array<{ value: string; d: number }> = [];
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    let d = editDistance(q, c);
    if (q.length >= 3 && (c.includes(q) || q.includes(c))) d = Math.min(d, 1);
    else d = Math.min(d, editDistance(q, c.slice(0, q.length)) + 1);
    const allowed = q.length <= 3 ? 1 : Math.max(2, Math.floor(q.length / 3));
    if (d <= allowed) scored.push({ value: candidate, d });
  }
  const seen = new Set<string>();
  return scored
    .sort((a, b) => a.d - b.d || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .filter((s) => (seen.has(s.value) ? false : (seen.add(s.value), true)))
    .slice(0, limit)
    .map((s) => s.value);
}

/** The ids closest to an unknown id, for "Unknown program id … Did you mean: a, b?". */
export function closestIds(id: string, ids: readonly string[], limit = 3): string[] {
  return closestValues(id, ids, limit);
}
