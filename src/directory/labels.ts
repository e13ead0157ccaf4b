/**
 * Human words for the directory's vocabularies, kept in one place so lists, `show`, `match` reasons
 * and search all speak the same way.
 */
import type { Audience, Cost, Focus, Format } from './vocab.js';

export const FORMAT_LABELS: Record<Format, string> = {
  'in-person': 'in person',
  'online-video': 'online (video)',
  'online-forum': 'online forum',
  chat: 'live chat',
  phone: 'phone',
  text: 'text messages',
};

export const FOCUS_LABELS: Record<Focus, string> = {
  general: 'any mental health concern',
  depression: 'depression',
  anxiety: 'anxiety',
  bipolar: 'bipolar',
  psychosis: 'psychosis and hearing voices',
  'co-occurring': 'mental health and substance use together',
  'substance-use': 'substance use',
  'eating-disorders': 'eating disorders',
  grief: 'grief',
  'suicide-loss': 'losing someone to suicide',
  'suicide-prevention': 'suicide prevention',
  postpartum: 'postpartum and perinatal mental health',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  individuals: 'people going through it themselves',
  adults: 'adults',
  'young-people': 'young people',
  'families-carers': 'family members and carers',
  parents: 'parents',
  veterans: 'veterans and service members',
  lgbtq: 'LGBTQ+ people',
  women: 'women',
  men: 'men',
};

export const COST_LABELS: Record<Cost, string> = {
  free: 'free',
  donation: 'donation',
  paid: 'paid',
  varies: 'varies',
};

/** Names for the country codes used in the data (and a few more), for display and search. */
export const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  UK: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  IL: 'Israel',
  IN: 'India',
  FI: 'Finland',
  GR: 'Greece',
  international: 'international',
};

/** "UK" → "UK (United Kingdom)"; unknown codes are shown as given. */
export function countryLabel(code: string): string {
  const name = COUNTRY_NAMES[code];
  return name && name !== code ? `${code} (${name})` : code;
}

/** Shown wherever a fact is null. */
export const NOT_STATED = 'not stated';
