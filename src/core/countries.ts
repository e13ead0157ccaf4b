/**
 * Countries: a code or a name as a person types it → the code the data uses (ISO 3166-1 alpha-2,
 * except `UK` for the United Kingdom), and a first guess from the locale or the time zone.
 * Pure: the environment and the time zone are arguments.
 */

export interface CountryInfo {
  code: string;
  name: string;
  /** Other names people use, lower-case. */
  aliases?: readonly string[];
  /** A member of the European Union, where 112 works everywhere (facts: emergencyNumbers EU). */
  eu?: boolean;
  /** IANA time zones in this country (exact names; `prefix/` entries match a whole area). */
  zones?: readonly string[];
}

/** Every country with crisis lines or an emergency number in the facts, plus the other EU members. */
export const COUNTRIES: readonly CountryInfo[] = [
  {
    code: 'US',
    name: 'United States',
    aliases: ['usa', 'united states of america', 'america', 'the us', 'the usa', 'the united states'],
    zones: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Nome', 'America/Yakutat', 'America/Metlakatla', 'America/Adak', 'America/Boise', 'America/Detroit', 'America/Menominee', 'America/Indiana/', 'America/Kentucky/', 'America/North_Dakota/', 'America/Louisville', 'America/Fort_Wayne', 'America/Indianapolis', 'Pacific/Honolulu', 'US/'],
  },
  {
    code: 'CA',
    name: 'Canada',
    zones: ['America/Toronto', 'America/Montreal', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Regina', 'America/Halifax', 'America/St_Johns', 'America/Moncton', 'America/Glace_Bay', 'America/Goose_Bay', 'America/Whitehorse', 'America/Dawson', 'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Creston', 'America/Yellowknife', 'America/Inuvik', 'America/Iqaluit', 'America/Rankin_Inlet', 'America/Resolute', 'America/Cambridge_Bay', 'America/Swift_Current', 'America/Thunder_Bay', 'America/Nipigon', 'America/Rainy_River', 'America/Atikokan', 'America/Blanc-Sablon', 'Canada/'],
  },
  {
    code: 'UK',
    name: 'United Kingdom',
    aliases: ['gb', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', 'the uk', 'the united kingdom', 'united kingdom of great britain and northern ireland'],
    zones: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'],
  },
  { code: 'IE', name: 'Ireland', aliases: ['eire', 'éire', 'republic of ireland'], eu: true, zones: ['Europe/Dublin', 'Eire'] },
  { code: 'AU', name: 'Australia', zones: ['Australia/', 'Antarctica/Macquarie'] },
  { code: 'NZ', name: 'New Zealand', aliases: ['aotearoa'], zones: ['Pacific/Auckland', 'Pacific/Chatham', 'NZ', 'NZ-CHAT'] },
  { code: 'IN', name: 'India', aliases: ['bharat'], zones: ['Asia/Kolkata', 'Asia/Calcutta'] },
  { code: 'DE', name: 'Germany', aliases: ['deutschland'], eu: true, zones: ['Europe/Berlin', 'Europe/Busingen'] },
  { code: 'ZA', name: 'South Africa', zones: ['Africa/Johannesburg'] },
  { code: 'FR', name: 'France', eu: true, zones: ['Europe/Paris'] },
  { code: 'ES', name: 'Spain', aliases: ['españa', 'espana'], eu: true, zones: ['Europe/Madrid', 'Africa/Ceuta', 'Atlantic/Canary'] },
  { code: 'NL', name: 'Netherlands', aliases: ['the netherlands', 'holland', 'nederland'], eu: true, zones: ['Europe/Amsterdam'] },
  { code: 'SE', name: 'Sweden', aliases: ['sverige'], eu: true, zones: ['Europe/Stockholm'] },
  { code: 'NO', name: 'Norway', aliases: ['norge'], zones: ['Europe/Oslo', 'Arctic/Longyearbyen'] },
  { code: 'DK', name: 'Denmark', aliases: ['danmark'], eu: true, zones: ['Europe/Copenhagen'] },
  { code: 'FI', name: 'Finland', aliases: ['suomi'], eu: true, zones: ['Europe/Helsinki', 'Europe/Mariehamn'] },
  { code: 'JP', name: 'Japan', aliases: ['nippon', 'nihon'], zones: ['Asia/Tokyo', 'Japan'] },
  { code: 'SG', name: 'Singapore', zones: ['Asia/Singapore', 'Singapore'] },
  { code: 'PH', name: 'Philippines', aliases: ['the philippines'], zones: ['Asia/Manila'] },
  { code: 'MY', name: 'Malaysia', zones: ['Asia/Kuala_Lumpur', 'Asia/Kuching'] },
  { code: 'HK', name: 'Hong Kong', zones: ['Asia/Hong_Kong', 'Hongkong'] },
  { code: 'BR', name: 'Brazil', aliases: ['brasil'], zones: ['America/Sao_Paulo', 'America/Bahia', 'America/Fortaleza', 'America/Recife', 'America/Belem', 'America/Maceio', 'America/Araguaina', 'America/Manaus', 'America/Cuiaba', 'America/Campo_Grande', 'America/Porto_Velho', 'America/Boa_Vista', 'America/Rio_Branco', 'America/Eirunepe', 'America/Santarem', 'America/Noronha', 'Brazil/'] },
  { code: 'MX', name: 'Mexico', aliases: ['méxico'], zones: ['America/Mexico_City', 'America/Cancun', 'America/Merida', 'America/Monterrey', 'America/Matamoros', 'America/Chihuahua', 'America/Ciudad_Juarez', 'America/Ojinaga', 'America/Mazatlan', 'America/Bahia_Banderas', 'America/Hermosillo', 'America/Tijuana', 'Mexico/'] },
  { code: 'AR', name: 'Argentina', zones: ['America/Argentina/', 'America/Buenos_Aires', 'America/Cordoba', 'America/Mendoza'] },
  { code: 'KE', name: 'Kenya', zones: ['Africa/Nairobi'] },
  { code: 'NG', name: 'Nigeria', zones: ['Africa/Lagos'] },
  { code: 'IT', name: 'Italy', aliases: ['italia'], eu: true, zones: ['Europe/Rome'] },
  { code: 'PL', name: 'Poland', aliases: ['polska'], eu: true, zones: ['Europe/Warsaw', 'Poland'] },
  { code: 'BE', name: 'Belgium', aliases: ['belgië', 'belgique'], eu: true, zones: ['Europe/Brussels'] },
  { code: 'AT', name: 'Austria', aliases: ['österreich', 'osterreich'], eu: true, zones: ['Europe/Vienna'] },
  { code: 'CH', name: 'Switzerland', aliases: ['schweiz', 'suisse', 'svizzera'], zones: ['Europe/Zurich'] },
  { code: 'PT', name: 'Portugal', eu: true, zones: ['Europe/Lisbon', 'Atlantic/Azores', 'Atlantic/Madeira', 'Portugal'] },
  { code: 'IL', name: 'Israel', zones: ['Asia/Jerusalem', 'Asia/Tel_Aviv', 'Israel'] },
  { code: 'KR', name: 'South Korea', aliases: ['korea', 'republic of korea'], zones: ['Asia/Seoul', 'ROK'] },
  // Other EU members: no lines of their own in the facts yet, but 112 (facts: emergencyNumbers EU).
  { code: 'GR', name: 'Greece', aliases: ['hellas', 'ellada'], eu: true, zones: ['Europe/Athens'] },
  { code: 'BG', name: 'Bulgaria', eu: true, zones: ['Europe/Sofia'] },
  { code: 'HR', name: 'Croatia', aliases: ['hrvatska'], eu: true, zones: ['Europe/Zagreb'] },
  { code: 'CY', name: 'Cyprus', eu: true, zones: ['Asia/Nicosia', 'Asia/Famagusta', 'Europe/Nicosia'] },
  { code: 'CZ', name: 'Czechia', aliases: ['czech republic'], eu: true, zones: ['Europe/Prague'] },
  { code: 'EE', name: 'Estonia', aliases: ['eesti'], eu: true, zones: ['Europe/Tallinn'] },
  { code: 'HU', name: 'Hungary', aliases: ['magyarország'], eu: true, zones: ['Europe/Budapest'] },
  { code: 'LV', name: 'Latvia', eu: true, zones: ['Europe/Riga'] },
  { code: 'LT', name: 'Lithuania', eu: true, zones: ['Europe/Vilnius'] },
  { code: 'LU', name: 'Luxembourg', eu: true, zones: ['Europe/Luxembourg'] },
  { code: 'MT', name: 'Malta', eu: true, zones: ['Europe/Malta'] },
  { code: 'RO', name: 'Romania', aliases: ['românia'], eu: true, zones: ['Europe/Bucharest'] },
  { code: 'SK', name: 'Slovakia', aliases: ['slovensko'], eu: true, zones: ['Europe/Bratislava'] },
  { code: 'SI', name: 'Slovenia', aliases: ['slovenija'], eu: true, zones: ['Europe/Ljubljana'] },
];

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The folded form names are compared in: lower case, accents kept, spaces and dots evened out. */
function fold(s: string): string {
  return s.normalize('NFC').trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
}

const byName = new Map<string, string>();
for (const c of COUNTRIES) {
  byName.set(fold(c.name), c.code);
  for (const a of c.aliases ?? []) byName.set(fold(a), c.code);
}

/** What we know about a code (`UK`, `DE`, …), or undefined. */
export function countryInfo(code: string): CountryInfo | undefined {
  return byCode.get(code);
}

/** The country's name, or the code itself when we have none. */
export function countryName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** "the United Kingdom", "Germany": a name that reads well after "in". */
export function placeName(code: string): string {
  const name = countryName(code);
  return /^(United |Netherlands$|Philippines$)/.test(name) ? `the ${name}` : name;
}

/**
 * The code for a country a person typed: a two-letter code or a name, in any case (`de`, `Germany`,
 * `United Kingdom`, `England`, `GB` → `UK`). Null when we do not know it (`Atlantis`, `XX`).
 */
export function resolveCountry(raw: string): string | null {
  const s = fold(raw);
  if (!s) return null;
  if (/^[a-z]{2}$/.test(s)) {
    const code = s === 'gb' ? 'UK' : s.toUpperCase();
    if (byCode.has(code)) return code;
  }
  return byName.get(s) ?? byName.get(s.replace(/^the /, '')) ?? null;
}

/**
 * The region of a POSIX locale (`de_DE.UTF-8` → `DE`, `en_GB` → `UK`), or null for `C`, `POSIX`
 * and locales without a region. The first of LC_ALL, LC_MESSAGES and LANG that is set decides,
 * as it does for programs' own messages.
 */
export function countryFromLocale(env: Readonly<Record<string, string | undefined>>): string | null {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (!locale) return null;
  const m = /^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})(?=$|[.@])/.exec(locale);
  if (!m) return null;
  const region = m[1]!.toUpperCase();
  const code = region === 'GB' ? 'UK' : region;
  return byCode.has(code) ? code : null;
}

/** The country of an IANA time zone (`Europe/Berlin` → `DE`), or null (`UTC`, `Etc/GMT+1`, unknown). */
export function countryFromTimeZone(zone: string | undefined | null): string | null {
  if (!zone) return null;
  for (const c of COUNTRIES) {
    for (const z of c.zones ?? []) {
      if (z.endsWith('/') ? zone.startsWith(z) : zone === z) return c.code;
    }
  }
  return null;
}

export interface CountryGuess {
  code: string;
  from: 'time zone' | 'locale';
}

/**
 * A first guess at the person's country. The time zone goes first: many people keep an English
 * (`en_US`) locale wherever they live, but few keep another country's clock. Null when neither
 * points to a country we know.
 */
export function guessCountry(env: Readonly<Record<string, string | undefined>>, timeZone: string | undefined | null): CountryGuess | null {
  const tz = countryFromTimeZone(timeZone);
  if (tz) return { code: tz, from: 'time zone' };
  const loc = countryFromLocale(env);
  if (loc) return { code: loc, from: 'locale' };
  return null;
}
