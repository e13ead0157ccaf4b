import { normalizeCountry, validateFacetValues, type ProgramFilters } from '../directory/filter.js';
import { AUDIENCE_LABELS, FOCUS_LABELS, FORMAT_LABELS } from '../directory/labels.js';
import type { MatchAnswers } from '../directory/match.js';
import { AUDIENCES, FOCUSES, FORMATS } from '../directory/vocab.js';
import type { Prompts } from './prompts.js';

// The prompt flows of the directory: the `programs match` questions and the `programs browse` filters.

/** The match questions; every one can be skipped. */
export async function askMatchQuestions(p: Prompts, defaults: { country?: string }): Promise<MatchAnswers> {
  const answers: MatchAnswers = {};
  const format = await p.checkbox({
    message: 'How would you like to meet? (space to pick, Enter to go on; none = any)',
    choices: FORMATS.map((f) => ({ name: FORMAT_LABELS[f], value: f })),
  });
  if (format.length) answers.format = format;
  const focus = await p.checkbox({
    message: 'What is it about for you? (none = anything)',
    choices: FOCUSES.filter((f) => f !== 'general').map((f) => ({ name: FOCUS_LABELS[f], value: f })),
    pageSize: 11,
  });
  if (focus.length) answers.focus = focus;
  const audience = await p.checkbox({
    message: 'Who are you looking for? (none = skip)',
    choices: [
      { name: 'for myself', value: 'individuals' },
      ...AUDIENCES.filter((a) => a !== 'individuals' && a !== 'adults').map((a) => ({ name: `I am one of: ${AUDIENCE_LABELS[a]}`, value: a })),
    ],
    pageSize: 9,
  });
  if (audience.length) answers.audience = audience;
  const cost = await p.select({
    message: 'Does cost matter?',
    choices: [
      { name: 'No preference', value: '' },
      { name: 'Free', value: 'free' },
      { name: 'Free or donation', value: 'free,donation' },
    ],
  });
  if (cost) answers.cost = cost.split(',');
  const country = await p.input({
    message: 'Which country are you in? Two letters, e.g. US, UK, CA (Enter to skip)',
    default: defaults.country ?? '',
    validate: (v) => (v.trim() === '' || /^[a-z]{2}$/i.test(v.trim()) || v.trim().toLowerCase() === 'international' ? true : 'Two letters, like US or UK, or leave it empty.'),
  });
  if (country.trim()) answers.country = [normalizeCountry(country)];
  const language = await p.input({ message: 'A language you would like it in? (Enter to skip)' });
  if (language.trim()) answers.language = [language.trim()];
  const peer = await p.select({
    message: 'Led by peers (people with lived experience)?',
    choices: [
      { name: 'No preference', value: false },
      { name: 'Yes, I would prefer that', value: true },
    ],
  });
  if (peer) answers.peerLed = true;
  return answers;
}

/** "format online; country UK; peer-led": the filters in one line, for the browse list's title. */
export function describeFilters(f: ProgramFilters): string {
  const parts: string[] = [];
  for (const k of ['format', 'focus', 'audience', 'country', 'cost', 'language'] as const) if (f[k]?.length) parts.push(`${k} ${f[k]!.join(',')}`);
  if (f.peerLed) parts.push('peer-led');
  if (f.search) parts.push(`search "${f.search}"`);
  return parts.join('; ');
}

/** Ask for browse filters, starting from the current ones. */
export async function askFilters(p: Prompts, current: ProgramFilters): Promise<ProgramFilters> {
  const next: ProgramFilters = {};
  const format = await p.checkbox({
    message: 'How it meets (none = any)',
    choices: FORMATS.map((f) => ({ name: FORMAT_LABELS[f], value: f, checked: current.format?.includes(f) ?? false })),
  });
  if (format.length) next.format = format;
  const focus = await p.checkbox({
    message: 'What it is about (none = any)',
    choices: FOCUSES.map((f) => ({ name: FOCUS_LABELS[f], value: f, checked: current.focus?.includes(f) ?? false })),
    pageSize: 12,
  });
  if (focus.length) next.focus = focus;
  const audience = await p.checkbox({
    message: 'Who it is for (none = anyone)',
    choices: AUDIENCES.map((a) => ({ name: AUDIENCE_LABELS[a], value: a, checked: current.audience?.includes(a) ?? false })),
    pageSize: 9,
  });
  if (audience.length) next.audience = audience;
  const country = await p.input({
    message: 'Country, two letters (Enter for any)',
    default: current.country?.join(',') ?? '',
    validate: (v) => {
      try {
        validateFacetValues('country', v);
        return true;
      } catch (e) {
        return (e as Error).message;
      }
    },
  });
  if (country.trim()) next.country = validateFacetValues('country', country);
  const free = await p.confirm({ message: 'Only free ones?', default: current.cost?.includes('free') ?? false });
  if (free) next.cost = ['free'];
  const search = await p.input({ message: 'Search words (Enter to skip)', default: current.search ?? '' });
  if (search.trim()) next.search = search.trim();
  return next;
}
