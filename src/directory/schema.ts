/**
 * The bundled directory's shape.
 *
 * data/programs.json is a plain JSON array of `Program`; data/crisis-lines.json is a plain JSON array of
 * `CrisisLine`, ordered by country (the international directory last). Both are generated from the shared
 * facts file by scripts/build-directory.mjs and validated against these schemas by test/directory.
 * A fact that was not stated on the source pages is `null` and shown as "not stated" — never guessed.
 *
 * The schemas are for tests and tooling; the app does not run them at start-up (see load.ts).
 */
import { z } from 'zod';
import { FORMATS, COSTS, FOCUSES, AUDIENCES, INTERNATIONAL } from './vocab.js';

export { FORMATS, ONLINE_FORMATS, COSTS, FOCUSES, AUDIENCES, INTERNATIONAL } from './vocab.js';
export type { Format, Cost, Focus, Audience } from './vocab.js';

const text = z.string().trim().min(1);
const url = z.url({ protocol: /^https?$/ });
const isoDate = z.iso.date();
/** Upper-case two-letter code, or `international`. */
const country = z.union([z.string().regex(/^[A-Z]{2}$/), z.literal(INTERNATIONAL)]);
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const programSchema = z.strictObject({
  id: z.string().regex(SLUG).refine((id) => !id.startsWith('my-'), 'ids starting with my- are for own groups'),
  name: text,
  organization: text.nullable(),
  url: url.nullable(),
  formats: z.array(z.enum(FORMATS)).min(1).nullable(),
  focus: z.array(z.enum(FOCUSES)).min(1),
  audience: z.array(z.enum(AUDIENCES)).min(1).nullable(),
  cost: z.enum(COSTS).nullable(),
  countries: z.array(country).min(1).nullable(),
  languages: z.array(text).min(1).nullable(),
  peerLed: z.boolean().nullable(),
  /** One or two sentences in our own words, from the facts. */
  description: text,
  /** The facts text, verbatim: hours, numbers and other details that have no field of their own. */
  details: text,
  /** The page each fact was seen on. */
  source: url,
  /** Further pages confirming individual facts. */
  otherSources: z.array(url).min(1).optional(),
  verifiedOn: isoDate,
  /** Shown with the program: a fact here may be out of date or rests on a weak source. */
  caution: text.optional(),
});

export const crisisLineSchema = z.strictObject({
  id: z.string().regex(SLUG),
  country,
  name: text,
  /** As given by the source: a number, a short code with a keyword ("HOME to 741741"), or where to chat. */
  contact: z.strictObject({
    phone: text.optional(),
    text: text.optional(),
    chat: text.optional(),
    email: z.email().optional(),
  }),
  hours: text.nullable(),
  languages: z.array(text).min(1).nullable(),
  url: url.optional(),
  source: url,
  otherSources: z.array(url).min(1).optional(),
  verifiedOn: isoDate,
  caution: text.optional(),
});

export const programsFileSchema = z.array(programSchema);
export const crisisLinesFileSchema = z.array(crisisLineSchema);

export type Program = z.infer<typeof programSchema>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
