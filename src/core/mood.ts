/** The mood scale and the small scales of the optional extras. Words are calm and plain. */

export const MOOD_LABELS: Record<number, string> = {
  1: 'very low',
  2: 'low',
  3: 'struggling',
  4: 'a bit down',
  5: 'getting by',
  6: 'okay',
  7: 'fairly good',
  8: 'good',
  9: 'really good',
  10: 'very good',
};

export const ENERGY_LABELS: Record<number, string> = {
  1: 'very low',
  2: 'low',
  3: 'moderate',
  4: 'good',
  5: 'high',
};

export const ANXIETY_LABELS: Record<number, string> = {
  1: 'calm',
  2: 'a little',
  3: 'moderate',
  4: 'high',
  5: 'very high',
};

/** Words offered in the interactive check-in; any other word may be typed with --emotions. */
export const EMOTION_WORDS = [
  'hopeful', 'calm', 'grateful', 'content', 'proud', 'connected', 'relieved',
  'tired', 'anxious', 'sad', 'lonely', 'irritable', 'overwhelmed', 'numb', 'restless', 'angry', 'ashamed',
] as const;

const PLEASANT_FIRST = ['hopeful', 'calm', 'content', 'grateful', 'relieved', 'connected', 'proud'] as const;
const HARD_FIRST = ['sad', 'tired', 'anxious', 'lonely', 'overwhelmed', 'numb', 'restless', 'irritable', 'angry', 'ashamed'] as const;
const MIDDLE_FIRST = ['calm', 'tired', 'content', 'anxious', 'hopeful', 'restless', 'relieved', 'sad', 'grateful', 'overwhelmed'] as const;

/**
 * The feeling words in the order that fits the mood just chosen, so the likely ones are on the first
 * screen: a low mood (1–4) offers "sad, tired, anxious, …" first, a good mood (7–10) "hopeful, calm,
 * …" first, and the middle (5–6) mixes both, starting with the quieter words.
 */
export function emotionWordsFor(mood: number): string[] {
  const ordered = mood <= 4 ? [...HARD_FIRST, ...PLEASANT_FIRST] : mood >= 7 ? [...PLEASANT_FIRST, ...HARD_FIRST] : MIDDLE_FIRST;
  // Every offered word exactly once, whatever the lists above say.
  return [...new Set([...ordered, ...EMOTION_WORDS])].filter((w) => (EMOTION_WORDS as readonly string[]).includes(w));
}

/** "6 · okay" */
export function moodLabel(mood: number): string {
  return MOOD_LABELS[mood] ?? '';
}

/** The day of week/ordinal helper used in confirmations: 1 → "1st", 2 → "2nd", 11 → "11th". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1: return `${n}st`;
    case 2: return `${n}nd`;
    case 3: return `${n}rd`;
    default: return `${n}th`;
  }
}
