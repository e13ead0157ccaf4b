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

/** Names for every country code in the bundled data (programs, crisis lines, emergency numbers). */
export const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  UK: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  IN: 'India',
  DE: 'Germany',
  ZA: 'South Africa',
  FR: 'France',
  ES: 'Spain',
  NL: 'Netherlands',
  SE: 'Sweden',
  NO: 'Norway',
  DK: 'Denmark',
  FI: 'Finland',
  JP: 'Japan',
  SG: 'Singapore',
  PH: 'Philippines',
  MY: 'Malaysia',
  HK: 'Hong Kong',
  BR: 'Brazil',
  MX: 'Mexico',
  AR: 'Argentina',
  KE: 'Kenya',
  NG: 'Nigeria',
  IT: 'Italy',
  PL: 'Poland',
  BE: 'Belgium',
  AT: 'Austria',
  CH: 'Switzerland',
  PT: 'Portugal',
  IL: 'Israel',
  KR: 'South Korea',
  GR: 'Greece',
  EU: 'European Union',
  international: 'international',
};

/** "UK" → "UK (United Kingdom)"; unknown codes are shown as given. */
export function countryLabel(code: string): string {
  const name = COUNTRY_NAMES[code];
  return name && name !== code ? `${code} (${name})` : code;
}

/** Shown wherever a fact is null. */
export const NOT_STATED = 'not stated';
