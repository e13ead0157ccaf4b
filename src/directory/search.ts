/**
 * Typo-tolerant word search over the directory (`--search`, and the search step of `browse`).
 * The fuzzy word lookup is done by fuse.js, anchored at the start of each word.
 */
import Fuse from 'fuse.js';
import { AUDIENCE_LABELS, FOCUS_LABELS, FORMAT_LABELS } from './labels.js';
import { compareByName } from './order.js';
import type { Program } from './schema.js';

/** Fields searched, with how much a hit in each counts. */
const SEARCH_FIELDS: ReadonlyArray<readonly [(p: Program) => string, number]> = [
  [(p) => p.name, 3],
  [(p) => p.organization ?? '', 2],
  [(p) => [
    ...p.focus.flatMap((f) => [f, FOCUS_LABELS[f as keyof typeof FOCUS_LABELS] ?? '']),
    ...(p.audience ?? []).flatMap((a) => [a, AUDIENCE_LABELS[a as keyof typeof AUDIENCE_LABELS] ?? '']),
    ...(p.formats ?? []).flatMap((f) => [f, FORMAT_LABELS[f as keyof typeof FORMAT_LABELS] ?? '']),
  ].join(' '), 2],
  [(p) => p.description, 1],
];

const STOP_WORDS = new Set(['a', 'an', 'the', 'for', 'and', 'or', 'of', 'in', 'on', 'to', 'with', 'me', 'my', 'i', 'group', 'groups', 'support', 'program', 'programs', 'programme']);

/** Lower-case words of a text: letters and digits, accents removed ("Men's" → "men", "s"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+]+/)
    .filter((w) => w.length > 0);
}

/**
 * Typo-tolerant search: every word of the query (ignoring filler words like "for" or "group") must match
 * a word in the program's name, organization, focus/audience/format words or description. A query word
 * matches a word that starts with it, or one within a small number of typos; fuse.js does the fuzzy
 * lookup, anchored at the start of each word, so "bipolr" finds "bipolar" and "hearing voice" finds
 * "Hearing Voices" while "men" does not match inside "mental". Words of 3 letters or fewer must match a whole word, and
 * 4-letter words the start of one, without typos.
 */
export function searchPrograms(programs: readonly Program[], query: string): Program[] {
  const all = words(query);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const tokens = meaningful.length > 0 ? meaningful : all;
  if (tokens.length === 0) return [...programs];

  // word → (program index → best field weight)
  const index = new Map<string, Map<number, number>>();
  programs.forEach((p, i) => {
    for (const [get, weight] of SEARCH_FIELDS) {
      for (const w of words(get(p))) {
        let hits = index.get(w);
        if (!hits) index.set(w, (hits = new Map()));
        hits.set(i, Math.max(hits.get(i) ?? 0, weight));
      }
    }
  });
  const vocabulary = [...index.keys()];
  const fuse = new Fuse(vocabulary, {
    includeScore: true,
    threshold: 0.3,
    location: 0,
    distance: 4,
    isCaseSensitive: true,
    shouldSort: false,
  });

  let scores: Map<number, number> | null = null;
  for (const token of tokens) {
    const tokenScores = new Map<number, number>();
    const candidates =
      token.length <= 3
        ? vocabulary.filter((w) => w === token).map((w) => ({ item: w, score: 0 }))
        : token.length === 4
        ? vocabulary.filter((w) => w.startsWith(token)).map((w) => ({ item: w, score: 0 }))
        : fuse.search(token).map((r) => ({ item: r.item, score: r.score ?? 1 }));
    for (const { item, score } of candidates) {
      // Fuse's score is 0 for a perfect hit; a prefix hit also scores 0 at location 0.
      if (score > 0.3) continue;
      for (const [i, weight] of index.get(item) ?? []) {
        const s = weight * (1 - score) + (item === token ? 0.5 : 0);
        tokenScores.set(i, Math.max(tokenScores.get(i) ?? 0, s));
      }
    }
    const prev: Map<number, number> | null = scores;
    const next = new Map<number, number>();
    for (const [i, s] of tokenScores) {
      if (prev === null) next.set(i, s);
      else if (prev.has(i)) next.set(i, (prev.get(i) ?? 0) + s);
    }
    scores = next;
    if (scores.size === 0) break;
  }
  return [...(scores ?? new Map<number, number>())]
    .map(([i, s]) => ({ p: programs[i] as Program, s }))
    .sort((a, b) => b.s - a.s || compareByName(a.p, b.p))
    .map((x) => x.p);
}
