/**
 * The directory's vocabularies. Kept apart from schema.ts so the CLI can use them without loading zod.
 */
export const FORMATS = ['in-person', 'online-video', 'online-forum', 'chat', 'phone', 'text'] as const;
/** `--format online` means any of these. */
export const ONLINE_FORMATS = ['online-video', 'online-forum', 'chat'] as const;
export const COSTS = ['free', 'donation', 'paid', 'varies'] as const;
export const FOCUSES = [
  'general',
  'depression',
  'anxiety',
  'bipolar',
  'psychosis',
  'co-occurring',
  'substance-use',
  'eating-disorders',
  'grief',
  'suicide-loss',
  'suicide-prevention',
  'postpartum',
] as const;
export const AUDIENCES = [
  'individuals',
  'adults',
  'young-people',
  'families-carers',
  'parents',
  'veterans',
  'lgbtq',
  'women',
  'men',
] as const;
/** Countries are ISO 3166-1 alpha-2 codes, except `UK` for the United Kingdom; `international` matches every country. */
export const INTERNATIONAL = 'international';

export type Format = (typeof FORMATS)[number];
export type Cost = (typeof COSTS)[number];
export type Focus = (typeof FOCUSES)[number];
export type Audience = (typeof AUDIENCES)[number];
