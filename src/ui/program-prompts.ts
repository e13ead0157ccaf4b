import { FACETS, PEER_LED_FLAG, facetChoices, validateFacetValues, type ProgramFilters } from '../directory/facets.js';
import type { MatchAnswers } from '../directory/match.js';
import type { Prompts } from './prompts.js';

// The prompt flows of the directory: the `programs match` questions and the `programs browse` filters.
// Questions, choices and their words come from the FACETS table (src/directory/facets.ts).

/** A country answer: empty is fine (skip); otherwise the message of the usage error it would give. */
function countryValid(v: string): true | string {
  if (v.trim() === '') return true;
  try {
    validateFacetValues('country', v);
    return true;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The match questions; every one can be skipped. */
export async function askMatchQuestions(p: Prompts, defaults: { country?: string }): Promise<MatchAnswers> {
  const answers: MatchAnswers = {};
  const format = await p.checkbox({
    message: FACETS.format.matchQuestion,
    choices: facetChoices('format').map((c) => ({ name: c.label, value: c.value })),
  });
  if (format.length) answers.format = format;
  const focus = await p.checkbox({
    message: FACETS.focus.matchQuestion,
    choices: facetChoices('focus', ['general']).map((c) => ({ name: c.label, value: c.value })),
    pageSize: 11,
  });
  if (focus.length) answers.focus = focus;
  const audience = await p.checkbox({
    message: FACETS.audience.matchQuestion,
    choices: [
      { name: 'for myself', value: 'individuals' },
      ...facetChoices('audience', ['individuals', 'adults']).map((c) => ({ name: `I am one of: ${c.label}`, value: c.value })),
    ],
    pageSize: 9,
  });
  if (audience.length) answers.audience = audience;
  const cost = await p.select({
    message: FACETS.cost.matchQuestion,
    choices: [
      { name: 'No preference', value: '' },
      { name: 'Free', value: 'free' },
      { name: 'Free or donation', value: 'free,donation' },
    ],
  });
  if (cost) answers.cost = cost.split(',');
  const country = await p.input({
    message: FACETS.country.matchQuestion,
    default: defaults.country ?? '',
    validate: countryValid,
  });
  if (country.trim()) answers.country = validateFacetValues('country', country);
  const language = await p.input({ message: FACETS.language.matchQuestion });
  if (language.trim()) answers.language = [language.trim()];
  const peer = await p.select({
    message: PEER_LED_FLAG.matchQuestion,
    choices: [
      { name: 'No preference', value: false },
      { name: 'Yes, I would prefer that', value: true },
    ],
  });
  if (peer) answers.peerLed = true;
  return answers;
}

/** Ask for browse filters, starting from the current ones. */
export async function askFilters(p: Prompts, current: ProgramFilters): Promise<ProgramFilters> {
  const next: ProgramFilters = {};
  const checked = (key: 'format' | 'focus' | 'audience', value: string) => current[key]?.includes(value) ?? false;
  const format = await p.checkbox({
    message: FACETS.format.browseQuestion,
    choices: facetChoices('format').map((c) => ({ name: c.label, value: c.value, checked: checked('format', c.value) })),
  });
  if (format.length) next.format = format;
  const focus = await p.checkbox({
    message: FACETS.focus.browseQuestion,
    choices: facetChoices('focus').map((c) => ({ name: c.label, value: c.value, checked: checked('focus', c.value) })),
    pageSize: 12,
  });
  if (focus.length) next.focus = focus;
  const audience = await p.checkbox({
    message: FACETS.audience.browseQuestion,
    choices: facetChoices('audience').map((c) => ({ name: c.label, value: c.value, checked: checked('audience', c.value) })),
    pageSize: 9,
  });
  if (audience.length) next.audience = audience;
  const country = await p.input({
    message: FACETS.country.browseQuestion,
    default: current.country?.join(',') ?? '',
    validate: countryValid,
  });
  if (country.trim()) next.country = validateFacetValues('country', country);
  const free = await p.confirm({ message: FACETS.cost.browseQuestion, default: current.cost?.includes('free') ?? false });
  if (free) next.cost = ['free'];
  const search = await p.input({ message: 'Search words (Enter to skip)', default: current.search ?? '' });
  if (search.trim()) next.search = search.trim();
  return next;
}
