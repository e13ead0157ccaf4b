/**
 * Date phrases for `--at`, `--from`, `--to`. Core reads local time from the process's time zone,
 * so every test pins one: Node re-reads `process.env.TZ` whenever it is assigned, so `inTz` can
 * switch zones per test (checked below) and DST days can be tested in real zones.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf, localDayKey, parseAt, parseDay, parseWhenPhrase, readWhen, toIsoWithOffset, toLocalIso } from '../../src/core/dates.js';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import { usageErrorOf } from './usage-error.js';

const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** Run fn with the process in time zone `zone`, then go back to America/New_York. */
function inTz<T>(zone: string, fn: () => T): T {
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    process.env.TZ = 'America/New_York';
  }
}

/** A local wall-clock moment in the current zone. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => new Date(y, mo - 1, d, h, mi, s, ms);


describe('time zone switching (the premise of the DST tests)', () => {
  it('process.env.TZ takes effect at once, even after Dates were used', () => {
    const t = Date.UTC(2026, 6, 1, 12);
    expect(new Date(t).getTimezoneOffset()).toBe(240); // New York, summer
    expect(inTz('Asia/Kolkata', () => new Date(t).getTimezoneOffset())).toBe(-330);
    expect(inTz('UTC', () => new Date(t).getTimezoneOffset())).toBe(0);
    expect(new Date(t).getTimezoneOffset()).toBe(240);
  });
});

describe('toLocalIso / localDayKey / dayOf', () => {
  it('keeps the local offset at that instant', () => {
    expect(toLocalIso(new Date('2026-11-23T14:30:00.000Z'))).toBe('2026-11-23T09:30:00.000-05:00');
    expect(toLocalIso(new Date('2026-07-01T14:30:00.123Z'))).toBe('2026-07-01T10:30:00.123-04:00');
    expect(inTz('UTC', () => toLocalIso(new Date('2026-07-01T14:30:00.123Z')))).toBe('2026-07-01T14:30:00.123+00:00');
    expect(inTz('Asia/Kolkata', () => toLocalIso(new Date('2026-07-01T14:30:00Z')))).toBe('2026-07-01T20:00:00.000+05:30');
    expect(inTz('Pacific/Chatham', () => toLocalIso(new Date('2026-07-01T00:00:00Z')))).toBe('2026-07-01T12:45:00.000+12:45');
  });

  it('localDayKey is the day in this zone; dayOf is the day written in the entry', () => {
    const d = new Date('2026-11-24T03:00:00Z'); // 22:00 on the 23rd in New York
    expect(localDayKey(d)).toBe('2026-11-23');
    expect(inTz('UTC', () => localDayKey(d))).toBe('2026-11-24');
    expect(dayOf('2026-11-23T22:00:00.000-05:00')).toBe('2026-11-23');
  });
});

describe('parseWhenPhrase', () => {
  // Monday 23 November 2026, 10:15:30.250 in New York (EST, -05:00)
  const now = local(2026, 11, 23, 10, 15, 30, 250);

  it.each([
    ['today', '2026-11-23T10:15:30.250-05:00'],
    ['now', '2026-11-23T10:15:30.250-05:00'],
    ['  Today ', '2026-11-23T10:15:30.250-05:00'],
    ['yesterday', '2026-11-22T10:15:30.250-05:00'],
    ['yesterday 21:00', '2026-11-22T21:00:00.000-05:00'],
    ['Yesterday   21:00', '2026-11-22T21:00:00.000-05:00'],
    ['yesterday at 21:00', '2026-11-22T21:00:00.000-05:00'],
    ['yesterday 9pm', '2026-11-22T21:00:00.000-05:00'],
    ['yesterday 9 pm', '2026-11-22T21:00:00.000-05:00'],
    ['yesterday 9:30am', '2026-11-22T09:30:00.000-05:00'],
    ['yesterday 12am', '2026-11-22T00:00:00.000-05:00'],
    ['yesterday 12pm', '2026-11-22T12:00:00.000-05:00'],
    ['yesterday 12:45 AM', '2026-11-22T00:45:00.000-05:00'],
    ['yesterday 0:05', '2026-11-22T00:05:00.000-05:00'],
    ['today 08:00', '2026-11-23T08:00:00.000-05:00'],
    ['8:00', '2026-11-23T08:00:00.000-05:00'],
    ['7am', '2026-11-23T07:00:00.000-05:00'],
    ['3 days ago', '2026-11-20T10:15:30.250-05:00'],
    ['1 day ago', '2026-11-22T10:15:30.250-05:00'],
    ['0 days ago', '2026-11-23T10:15:30.250-05:00'],
    ['3 days ago 21:00', '2026-11-20T21:00:00.000-05:00'],
    ['2 weeks ago', '2026-11-09T10:15:30.250-05:00'],
    ['1 week ago', '2026-11-16T10:15:30.250-05:00'],
    // now is a Monday: "last monday" is a week ago, not today
    ['last monday', '2026-11-16T10:15:30.250-05:00'],
    ['monday', '2026-11-16T10:15:30.250-05:00'],
    ['last sunday', '2026-11-22T10:15:30.250-05:00'],
    ['last tuesday', '2026-11-17T10:15:30.250-05:00'],
    ['last sat', '2026-11-21T10:15:30.250-05:00'],
    ['last friday 18:30', '2026-11-20T18:30:00.000-05:00'],
    ['last fri at 6pm', '2026-11-20T18:00:00.000-05:00'],
    // ISO dates keep now's time of day; ISO date-times without offset are local
    ['2026-11-20', '2026-11-20T10:15:30.250-05:00'],
    ['2026-07-04', '2026-07-04T10:15:30.250-04:00'],
    ['2026-11-20 21:00', '2026-11-20T21:00:00.000-05:00'],
    ['2026-11-20T21:00', '2026-11-20T21:00:00.000-05:00'],
    ['2026-11-20t21:00:05', '2026-11-20T21:00:05.000-05:00'],
    ['2026-11-20T21:00:05.5', '2026-11-20T21:00:05.500-05:00'],
    ['2026-11-20T21:00:05.123456', '2026-11-20T21:00:05.123-05:00'],
    ['2 hours ago', '2026-11-23T08:15:30.250-05:00'],
    ['1 hour ago', '2026-11-23T09:15:30.250-05:00'],
    ['an hour ago', '2026-11-23T09:15:30.250-05:00'],
    ['An  Hour ago', '2026-11-23T09:15:30.250-05:00'],
    ['12 hours ago', '2026-11-22T22:15:30.250-05:00'],
    ['30 minutes ago', '2026-11-23T09:45:30.250-05:00'],
    ['a minute ago', '2026-11-23T10:14:30.250-05:00'],
    // "last week" is 7 days ago at this time of day (like "1 week ago"); a time may follow
    ['last week', '2026-11-16T10:15:30.250-05:00'],
    ['last week 21:00', '2026-11-16T21:00:00.000-05:00'],
    ['a week ago', '2026-11-16T10:15:30.250-05:00'],
    ['a day ago', '2026-11-22T10:15:30.250-05:00'],
    // future phrases are read (so they can be refused as "in the future")
    ['tomorrow', '2026-11-24T10:15:30.250-05:00'],
    ['tomorrow 9am', '2026-11-24T09:00:00.000-05:00'],
    ['in 2 days', '2026-11-25T10:15:30.250-05:00'],
    ['in a week', '2026-11-30T10:15:30.250-05:00'],
    ['next week', '2026-11-30T10:15:30.250-05:00'],
    ['next monday', '2026-11-30T10:15:30.250-05:00'],
    ['next wed', '2026-11-25T10:15:30.250-05:00'],
    ['in 3 hours', '2026-11-23T13:15:30.250-05:00'],
    ['2026-11-20 yesterday', null],
    ['2028-02-29', '2028-02-29T10:15:30.250-05:00'],
  ])('%j → %s', (phrase, expected) => {
    const d = parseWhenPhrase(phrase, now);
    expect(d === null ? null : toLocalIso(d)).toBe(expected);
  });

  it.each([
    ['2026-11-20T09:30:00-05:00', '2026-11-20T14:30:00.000Z'],
    ['2026-11-20T09:30:00+05:30', '2026-11-20T04:00:00.000Z'],
    ['2026-11-20T09:30:00+0530', '2026-11-20T04:00:00.000Z'],
    ['2026-11-20T09:30:00+05', '2026-11-20T04:30:00.000Z'],
    ['2026-11-20T09:30Z', '2026-11-20T09:30:00.000Z'],
    ['2026-11-20T09:30:00.123z', '2026-11-20T09:30:00.123Z'],
    ['2026-11-20T09:30:00+14:00', '2026-11-19T19:30:00.000Z'],
    ['2026-11-20T09:30:00-12:00', '2026-11-20T21:30:00.000Z'],
  ])('ISO with an offset %j is that instant (%s), whatever the zone', (phrase, utc) => {
    expect(parseWhenPhrase(phrase, now)?.toISOString()).toBe(utc);
    expect(inTz('Asia/Tokyo', () => parseWhenPhrase(phrase, now)?.toISOString())).toBe(utc);
  });

  it('an ISO date-time without offset is local wall-clock time in each zone', () => {
    expect(inTz('UTC', () => parseWhenPhrase('2026-11-20T09:30', now)?.toISOString())).toBe('2026-11-20T09:30:00.000Z');
    expect(inTz('Asia/Tokyo', () => parseWhenPhrase('2026-11-20T09:30', now)?.toISOString())).toBe('2026-11-20T00:30:00.000Z');
    expect(parseWhenPhrase('2026-11-20T09:30', now)?.toISOString()).toBe('2026-11-20T14:30:00.000Z');
  });

  it.each([
    '', '   ', 'yesterdayy', 'soon', 'abc', '9', 'yesterday 9', 'yesterday 25:00', 'yesterday 21:60',
    'yesterday 13pm', 'yesterday 0am', '24:00', '2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31',
    '2026-11-20T24:00', '2026-11-20T23:60', '2026-11-20T23:59:60', '2026-11-20T09:30:00+15:00', '2026-11-20T09:30:00+14:01',
    '20261120', '2026/11/20', '11/20/2026', 'last', 'last blursday', 'next', 'next blursday', 'days ago', 'hours ago', '2 hours ago 21:00', 'in 2', '-3 days ago', '3 days',
    '12345 days ago', 'yesterday 21:00 21:00', '2026-11-20T09:30:00-05:00 extra',
  ])('%j is not understood (null)', (phrase) => {
    expect(parseWhenPhrase(phrase, now)).toBeNull();
  });
});

describe('hours ago, last week, and future phrases', () => {
  // Monday 23 November 2026, 10:15:30.250 in New York (EST, -05:00)
  const now = local(2026, 11, 23, 10, 15, 30, 250);

  it('"2 hours ago" across the fall-back hour is two real hours', () => {
    inTz('America/New_York', () => {
      const at = local(2026, 11, 1, 1, 30); // first 01:30 (EDT) or second — either way, exactly 2 h back in real time
      expect(parseWhenPhrase('2 hours ago', at)!.getTime()).toBe(at.getTime() - 7_200_000);
    });
  });

  it.each(['tomorrow', 'in 2 days', 'next monday', 'in 3 hours', '2026-11-24', '2026-11-24T09:00', '2026-11-24T09:00:00+09:00'])(
    'parseAt refuses %j with the same words for phrases and ISO dates',
    (phrase) => {
      const err = usageErrorOf(() => parseAt(phrase, now));
      expect(err.message).toBe(`--at "${phrase}" is in the future. A check-in can only be for now or earlier.`);
    },
  );

  it('the unknown-phrase message lists the new phrases', () => {
    expect(usageErrorOf(() => parseAt('someday', now)).message).toBe(
      '--at "someday" is not a date I understand. Try 2026-11-20, "yesterday 21:00", "2 hours ago", "3 days ago", "last week" or "last monday".',
    );
  });
});

describe('parseAt keeps a written offset', () => {
  const now = local(2026, 11, 23, 10, 15);

  it.each([
    ['2026-11-20T09:30:00+09:00', '2026-11-20T09:30:00.000+09:00'],
    ['2026-11-20T09:30+0530', '2026-11-20T09:30:00.000+05:30'],
    ['2026-11-20T09:30:00.5-03', '2026-11-20T09:30:00.500-03:00'],
    ['2026-11-20T09:30:00Z', '2026-11-20T09:30:00.000+00:00'],
    ['2026-11-20t23:59:59-12:00', '2026-11-20T23:59:59.000-12:00'],
    ['2026-11-20T00:00:00+14:00', '2026-11-20T00:00:00.000+14:00'],
  ])('%j is stored as %s in any local zone', (phrase, stored) => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'UTC']) {
      expect(inTz(zone, () => parseAt(phrase, now))).toBe(stored);
    }
    expect(Date.parse(stored)).toBe(parseWhenPhrase(phrase, now)!.getTime());
  });

  it('without an offset it takes the local one at that instant', () => {
    expect(parseAt('2026-07-04 21:00', now)).toBe('2026-07-04T21:00:00.000-04:00');
    expect(inTz('Asia/Tokyo', () => parseAt('yesterday 21:00', now))).toBe('2026-11-23T21:00:00.000+09:00'); // now is 00:15 on the 24th in Tokyo
    expect(readWhen('yesterday', now)?.offsetMinutes).toBeNull();
  });

  it('toIsoWithOffset writes negative and half-hour offsets', () => {
    const t = new Date('2026-11-20T00:30:00.000Z');
    expect(toIsoWithOffset(t, -330)).toBe('2026-11-19T19:00:00.000-05:30');
    expect(toIsoWithOffset(t, 765)).toBe('2026-11-20T13:15:00.000+12:45');
    expect(toIsoWithOffset(t, 0)).toBe('2026-11-20T00:30:00.000+00:00');
  });
});

describe('parseWhenPhrase on DST days', () => {
  // America/New_York: clocks spring forward at 02:00 on Sun 8 Mar 2026 and fall back at 02:00 on Sun 1 Nov 2026.
  it.each([
    // [zone, now (local wall clock), phrase, expected]
    ['America/New_York', [2026, 3, 9, 10, 0], 'yesterday 21:00', '2026-03-08T21:00:00.000-04:00'], // day after spring-forward
    ['America/New_York', [2026, 3, 8, 10, 0], 'yesterday 21:00', '2026-03-07T21:00:00.000-05:00'], // on the day itself
    ['America/New_York', [2026, 3, 8, 10, 0], 'today 01:30', '2026-03-08T01:30:00.000-05:00'], // before the jump
    ['America/New_York', [2026, 3, 8, 10, 0], 'today 03:30', '2026-03-08T03:30:00.000-04:00'], // after the jump
    ['America/New_York', [2026, 3, 9, 10, 0], 'yesterday', '2026-03-08T10:00:00.000-04:00'],
    ['America/New_York', [2026, 3, 10, 0, 30], '2 days ago', '2026-03-08T00:30:00.000-05:00'], // keeps wall clock across the change
    ['America/New_York', [2026, 3, 12, 21, 0], 'last sunday', '2026-03-08T21:00:00.000-04:00'],
    ['America/New_York', [2026, 11, 2, 10, 0], 'yesterday 21:00', '2026-11-01T21:00:00.000-05:00'], // day after fall-back
    ['America/New_York', [2026, 11, 1, 10, 0], 'yesterday 21:00', '2026-10-31T21:00:00.000-04:00'],
    ['America/New_York', [2026, 11, 2, 10, 0], 'yesterday 00:30', '2026-11-01T00:30:00.000-04:00'], // before falling back
    ['America/New_York', [2026, 11, 2, 10, 0], 'yesterday 03:00', '2026-11-01T03:00:00.000-05:00'],
    ['America/New_York', [2026, 11, 3, 9, 0], '2 days ago', '2026-11-01T09:00:00.000-05:00'],
    ['America/New_York', [2026, 11, 3, 9, 0], '3 days ago 21:00', '2026-10-31T21:00:00.000-04:00'],
    // Europe/London: 29 Mar 2026 (01:00 → 02:00) and 25 Oct 2026 (02:00 → 01:00)
    ['Europe/London', [2026, 3, 30, 8, 0], 'yesterday 21:00', '2026-03-29T21:00:00.000+01:00'],
    ['Europe/London', [2026, 3, 30, 8, 0], 'yesterday 00:30', '2026-03-29T00:30:00.000+00:00'],
    ['Europe/London', [2026, 10, 26, 8, 0], 'yesterday 21:00', '2026-10-25T21:00:00.000+00:00'],
    ['Europe/London', [2026, 10, 26, 8, 0], '2026-10-24 21:00', '2026-10-24T21:00:00.000+01:00'],
    // Southern hemisphere: Sydney springs forward on Sun 4 Oct 2026 (02:00 → 03:00)
    ['Australia/Sydney', [2026, 10, 5, 8, 0], 'yesterday 21:00', '2026-10-04T21:00:00.000+11:00'],
    ['Australia/Sydney', [2026, 10, 5, 8, 0], '2 days ago 21:00', '2026-10-03T21:00:00.000+10:00'],
  ] as const)('%s, now %j: %j → %s', (zone, n, phrase, expected) => {
    inTz(zone, () => {
      const now = local(n[0], n[1], n[2], n[3], n[4]);
      const d = parseWhenPhrase(phrase, now);
      expect(d).not.toBeNull();
      expect(toLocalIso(d!)).toBe(expected);
      // and that string means the same instant when read back
      expect(parseWhenPhrase(expected, now)!.getTime()).toBe(d!.getTime());
    });
  });

  it('a wall-clock time that does not exist (spring-forward gap) moves forward, with a consistent offset', () => {
    inTz('America/New_York', () => {
      const now = local(2026, 3, 9, 10, 0);
      const d = parseWhenPhrase('yesterday 02:30', now)!;
      expect(toLocalIso(d)).toBe('2026-03-08T03:30:00.000-04:00');
      expect(d.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    });
  });

  it('a repeated wall-clock time (fall-back overlap) is read as one definite instant', () => {
    inTz('America/New_York', () => {
      const now = local(2026, 11, 2, 10, 0);
      const d = parseWhenPhrase('yesterday 01:30', now)!;
      const iso = toLocalIso(d);
      expect(['2026-11-01T01:30:00.000-04:00', '2026-11-01T01:30:00.000-05:00']).toContain(iso);
      expect(Date.parse(iso)).toBe(d.getTime());
    });
  });
});

describe('parseAt', () => {
  const now = local(2026, 11, 23, 10, 15);

  it('returns the parsed moment', () => {
    expect(parseAt('yesterday 21:00', now)).toBe('2026-11-22T21:00:00.000-05:00');
    expect(Date.parse(parseAt('today', now))).toBe(now.getTime());
  });

  it('refuses the future with a usage error naming the flag', () => {
    for (const phrase of ['today 23:00', '2026-11-24', '2027-01-01T00:00', '2026-11-23T10:17', '2026-11-23T16:00:00Z']) {
      const err = usageErrorOf(() => parseAt(phrase, now));
      expect(err.message).toContain('--at');
      expect(err.message).toContain('future');
    }
  });

  it('allows up to a minute of clock skew, not more', () => {
    expect(() => parseAt('2026-11-23T10:16', now)).not.toThrow();
    usageErrorOf(() => parseAt('2026-11-23T10:16:01', now));
  });

  it('an unknown phrase is a one-line usage error naming the flag and giving examples', () => {
    const err = usageErrorOf(() => parseAt('2026-02-30', now, '--when'));
    expect(err.message).toContain('--when "2026-02-30"');
    expect(err.message).toContain('yesterday 21:00');
    expect(err.message).not.toContain('\n');
  });
});

describe('parseDay', () => {
  const now = local(2026, 11, 23, 0, 30); // just after midnight in New York

  it.each([
    ['2026-11-01', '2026-11-01'],
    [' 2026-11-01 ', '2026-11-01'],
    ['today', '2026-11-23'],
    ['yesterday', '2026-11-22'],
    ['30 days ago', '2026-10-24'],
    ['last monday', '2026-11-16'],
    ['2026-11-20T23:30:00-05:00', '2026-11-20'],
    // a date-time with an offset is on the day written in it (as a check-in with that --at is stored)
    ['2026-11-21T03:30:00Z', '2026-11-21'],
    ['2026-11-21T01:00:00+09:00', '2026-11-21'],
    ['2 hours ago', '2026-11-22'],
    ['last week', '2026-11-16'],
  ])('%j → %s', (phrase, day) => {
    expect(parseDay(phrase, now, '--from')).toBe(day);
  });

  it('an ISO date is its own day in every zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(inTz(zone, () => parseDay('2026-03-08', now, '--to'))).toBe('2026-03-08');
    }
  });

  it('a bad day is a usage error naming the flag', () => {
    for (const phrase of ['2026-02-30', 'someday', '']) {
      expect(usageErrorOf(() => parseDay(phrase, now, '--to')).message).toContain('--to');
    }
  });
});

describe('properties (fast-check)', () => {
  const RUNS = { numRuns: 1500 };
  const ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/St_Johns', 'Pacific/Chatham'];

  /** Moments from 1971 to 2099, in whole milliseconds. */
  const moment = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }).map((t) => new Date(t));

  /** Strings built from the grammar's own pieces, so they come close to valid phrases. */
  const piece = fc.oneof(
    fc.constantFrom(
      'today', 'now', 'yesterday', 'days', 'day', 'ago', 'weeks', 'week', 'last', 'monday', 'sun', 'at', 'am', 'pm',
      ':', '-', '+', 'T', 'Z', ' ', '  ', '.', '21:00', '9pm', '12am', '2026-02-30', '2026-11-20', '2026-11-20T09:30',
      '+05:30', '-0500', '00', '99', '9999', '\t', '\n', 'é', '🙂', '\u0000',
    ),
    fc.integer({ min: -5, max: 100_000 }).map(String),
    fc.string({ maxLength: 6 }),
  );
  const phrase = fc.oneof(fc.array(piece, { maxLength: 6 }).map((xs) => xs.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

  it('parseWhenPhrase never throws and returns null or a valid Date', () => {
    fc.assert(
      fc.property(phrase, moment, fc.constantFrom(...ZONES), (s, now, zone) =>
        inTz(zone, () => {
          const d = parseWhenPhrase(s, now);
          return d === null || (d instanceof Date && !Number.isNaN(d.getTime()));
        }),
      ),
      RUNS,
    );
  });

  it('parseAt and parseDay throw nothing but usage errors', () => {
    fc.assert(
      fc.property(phrase, moment, fc.constantFrom(...ZONES), (s, now, zone) =>
        inTz(zone, () => {
          for (const f of [() => parseAt(s, now), () => parseDay(s, now, '--from')]) {
            try {
              f();
            } catch (err) {
              if (!(err instanceof PeerpathError) || err.exitCode !== ExitCode.usage) return false;
              if (err.message.includes('\n') && !s.includes('\n')) return false;
            }
          }
          return true;
        }),
      ),
      RUNS,
    );
  });

  it('parseAt of toLocalIso(d) gives back exactly that string, in every zone (and is never "future" for d ≤ now)', () => {
    fc.assert(
      fc.property(moment, fc.nat({ max: 10 * 86_400_000 }), fc.constantFrom(...ZONES), (d, ahead, zone) =>
        inTz(zone, () => {
          const now = new Date(d.getTime() + ahead);
          const iso = toLocalIso(d);
          return parseAt(iso, now) === iso && parseWhenPhrase(iso.toLowerCase(), now)?.getTime() === d.getTime();
        }),
      ),
      RUNS,
    );
  });

  it('"N days ago" and "yesterday HH:MM" keep the wall-clock time, whatever DST does', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(...ZONES), (now, n, h, m, zone) => {
        return inTz(zone, () => {
          const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const d = parseWhenPhrase(`${n} days ago ${hhmm}`, now)!;
          const target = new Date(now.getFullYear(), now.getMonth(), now.getDate() - n);
          expect(localDayKey(d)).toBe(localDayKey(target));
          // The only time it cannot keep is one inside the spring-forward gap.
          const [hh, mm] = toLocalIso(d).slice(11, 16).split(':').map(Number);
          const sameClock = hh === h && mm === m;
          const gap = new Date(target.getFullYear(), target.getMonth(), target.getDate(), h, m).getHours() !== h;
          return sameClock || gap;
        });
      }),
      { numRuns: 1000 },
    );
  });
});

beforeAll(() => {
  expect(process.env.TZ).toBe('America/New_York');
});
