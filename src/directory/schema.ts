/**
 * The bundled directory's shape.
 *
 * data/programs.json is a plain JSON array of `Program`; data/crisis-lines.json is `{ lines, emergencyNumbers }`:
 * `CrisisLine`s ordered by country (the international directory last) and one `EmergencyNumbers` per country
 * (and the EU), in the facts' order. Both files are generated from the shared
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

/** Each way to reach a program, as a page showed it, or null. */
export const programContactSchema = z.strictObject({
  phone: text.nullable(),
  text: text.nullable(),
  /** A web address or words saying where the chat is. */
  chat: text.nullable(),
  email: z.email().nullable(),
  /** Where to look for a local group. */
  findAGroup: text.nullable(),
});

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
  /** How to reach the program, each way as a page showed it; null when no page showed any. */
  contact: programContactSchema.nullable(),
  /** When the phone, text or chat service answers, as a page gave it. */
  hours: text.nullable(),
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

/** The numbers to call in an emergency in one country (`EU` for the number every EU member state shares). */
export const emergencyNumbersSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/),
  /** The number to show first, as the facts give it ("999 or 112", "119 (ambulance, fire) · 110 (police)"). */
  general: text,
  /** Each service's number as a page gave it; null where none was confirmed. */
  numbers: z.strictObject({ police: text.nullable(), ambulance: text.nullable(), fire: text.nullable() }),
  /** Context such as a non-emergency health line, with its source. */
  notes: text.nullable(),
  source: url,
  otherSources: z.array(url).min(1).optional(),
  verifiedOn: isoDate,
});

export const programsFileSchema = z.array(programSchema);
export const crisisLinesFileSchema = z.strictObject({
  lines: z.array(crisisLineSchema),
  emergencyNumbers: z.array(emergencyNumbersSchema),
});

export type Program = z.infer<typeof programSchema>;
export type ProgramContact = z.infer<typeof programContactSchema>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export type EmergencyNumbers = z.infer<typeof emergencyNumbersSchema>;
export type CrisisData = z.infer<typeof crisisLinesFileSchema>;
