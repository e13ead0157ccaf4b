import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/entry.js';
import { computeStats, timeOfDay } from '../../src/core/stats.js';
import { describeAssociations, renderStats } from '../../src/core/stats-render.js';
import { journalLast, lastAsDays, parseLast, parseSpan, resolvePeriod, spanStart } from '../../src/core/period.js';
import { dayOf, addDayKey } from '../../src/core/dates.js';
import { PeerpathError } from '../../src/core/errors.js';
import { sparkline, fitSeries } from '../../src/core/sparkline.js';
import { fixtureEntries, fixtureProgramName, NOW } from '../fixtures/entries.js';

let n = 0;
function e(at: string, mood: number, over: Partial<Entry> = {}): Entry {
  return {
    id: `t${n++}`, at, recordedAt: '2026-01-01T00:00:00.000Z', mood, energy: null, anxiety: null, sleepHours: null,
    emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null, ...over,
  };
}

describe('period', () => {
  it('parses spans (and a bare number as days) and refuses others with exit 2', () => {
    expect(parseSpan('30d')).toEqual({ n: 30, unit: 'd' });
    expect(parseSpan('12W')).toEqual({ n: 12, unit: 'w' });
    expect(parseSpan(' 7 ')).toEqual({ n: 7, unit: 'd' });
    for (const bad of ['', '0', 'd', '0d', '-3d', '3x', '1.5m', '200y', '36501', '2 w x']) {
      expect(() => parseSpan(bad)).toThrow(PeerpathError);
      try { parseSpan(bad); } catch (err) { expect((err as PeerpathError).exitCode).toBe(2); }
    }
  });
  it('parseLast: one parser for counts and spans, one wording for anything else', () => {
    expect(parseLast('7')).toEqual({ kind: 'count', n: 7, text: '7' });
    expect(parseLast('2w')).toEqual({ kind: 'span', span: { n: 2, unit: 'w' }, text: '2w' });
    expect(parseLast('1Y')).toMatchObject({ kind: 'span', span: { n: 1, unit: 'y' } });
    expect(parseLast('100000')).toMatchObject({ kind: 'count', n: 100000 }); // a count of entries has no cap
    for (const bad of ['', '0', '2x', 'week', '-1', '1.5', '0w']) {
      expect(() => parseLast(bad)).toThrow(`--last "${bad}" is not a number or a time span.`);
    }
    expect(() => parseLast('101y')).toThrow('--last "101y" is longer than 100 years.');
    expect(() => lastAsDays(parseLast('36600'))).toThrow('--last "36600" is longer than 100 years.');
  });
  it('journalLast: N is the newest N entries, a span is days ending on --to or today', () => {
    expect(journalLast('10', '2026-11-23')).toEqual({ last: 10 });
    expect(journalLast('2w', '2026-11-23')).toEqual({ from: '2026-11-10' });
    expect(journalLast('30d', '2026-11-30')).toEqual({ from: '2026-11-01' });
  });
  it('counts spans inclusively back from the end day', () => {
    expect(spanStart(parseSpan('30d'), '2026-11-30')).toBe('2026-11-01');
    expect(spanStart(parseSpan('1w'), '2026-11-30')).toBe('2026-11-24');
    expect(spanStart(parseSpan('6m'), '2026-11-30')).toBe('2026-05-31');
    expect(spanStart(parseSpan('1y'), '2026-11-23')).toBe('2025-11-24');
    expect(spanStart(parseSpan('1m'), '2026-03-31')).toBe('2026-03-01');
  });
  it('resolves --from/--to/--last with a default span', () => {
    expect(resolvePeriod({}, NOW, '30d')).toEqual({ from: '2026-10-25', to: '2026-11-23', label: 'last 30 days' });
    expect(resolvePeriod({}, NOW, null)).toEqual({ from: null, to: null, label: 'everything' });
    expect(resolvePeriod({ to: '2026-11-01' }, NOW, null)).toEqual({ from: null, to: '2026-11-01', label: 'everything up to 2026-11-01' });
    expect(resolvePeriod({ last: '1y' }, NOW, '30d').from).toBe('2025-11-24');
    expect(resolvePeriod({ last: '7' }, NOW, '30d')).toEqual({ from: '2026-11-17', to: '2026-11-23', label: 'last 7 days' });
    expect(resolvePeriod({ last: '2w' }, NOW, '30d')).toEqual({ from: '2026-11-10', to: '2026-11-23', label: 'last 2 weeks' });
    expect(resolvePeriod({ from: '2026-01-01', to: '2026-01-31' }, NOW, '30d')).toMatchObject({ from: '2026-01-01', to: '2026-01-31' });
    expect(resolvePeriod({ last: '7d', to: '2026-06-07' }, NOW, null)).toMatchObject({ from: '2026-06-01', to: '2026-06-07' });
    expect(() => resolvePeriod({ from: '2026-02-01', to: '2026-01-01' }, NOW, null)).toThrow(/after/);
    expect(() => resolvePeriod({ from: '2026-01-01', last: '3d' }, NOW, null)).toThrow(/either/);
    expect(() => resolvePeriod({ from: '2026-02-30' }, NOW, null)).toThrow(PeerpathError);
    expect(() => resolvePeriod({ to: '2027-01-01' }, NOW, null)).toThrow(/future/);
    expect(() => resolvePeriod({ from: '2026-12-01' }, NOW, null)).toThrow(/--from 2026-12-01 is in the future/);
  });
  it('takes the day of an entry from its own offset', () => {
    expect(dayOf('2026-11-20T23:50:00.000+09:00')).toBe('2026-11-20');
    expect(addDayKey('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('computeStats', () => {
  it('has the contract keys on an empty journal', () => {
    const s = computeStats([], { from: '2026-11-01', to: '2026-11-30' });
    expect(s).toMatchObject({ count: 0, daysCheckedIn: 0, mood: { mean: null, median: null, min: null, max: null }, tags: [] });
    expect(s.attendance).toMatchObject({ days: 0, meanWith: null, meanWithout: null });
    expect(s.trend.points).toHaveLength(30);
  });

  it('summarises moods over check-ins and counts days', () => {
    const s = computeStats([e('2026-11-01T09:00:00.000Z', 4), e('2026-11-01T20:00:00.000Z', 6), e('2026-11-03T09:00:00.000Z', 9)], { from: null, to: null });
    expect(s.count).toBe(3);
    expect(s.daysCheckedIn).toBe(2);
    expect(s.mood).toEqual({ mean: 6.33, median: 6, min: 4, max: 9 });
    expect(s.period).toEqual({ from: '2026-11-01', to: '2026-11-03', days: 3 });
    expect(s.trend.points.map((p) => p.mean)).toEqual([5, null, 9]);
  });

  it('compares tags day by day and marks thin ones', () => {
    const entries: Entry[] = [];
    for (let d = 1; d <= 8; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}`;
      const walk = d <= 4;
      entries.push(e(`${day}T09:00:00.000-05:00`, walk ? 8 : 4, { tags: walk ? ['walk'] : d === 5 ? ['rain'] : [] }));
      // a second check-in on walk days without the tag: the day still "has" walk
      if (walk) entries.push(e(`${day}T21:00:00.000-05:00`, 6));
    }
    const s = computeStats(entries, { from: null, to: null });
    const walk = s.tags.find((t) => t.tag === 'walk')!;
    expect(walk).toMatchObject({ tag: 'walk', n: 4, nWithout: 4, meanWith: 7, meanWithout: 4, difference: 3, enough: true, entries: 4 });
    const rain = s.tags.find((t) => t.tag === 'rain')!;
    expect(rain).toMatchObject({ n: 1, enough: false });
    expect(s.tags[0]!.tag).toBe('walk');
    const text = describeAssociations(s);
    expect(text.lines).toEqual(['Days with “walk” averaged 7; days without, 4 (4 days with, 4 without).']);
    expect(text.thinTags).toEqual(['rain']);
  });

  it('compares group days, and the day after a group', () => {
    const entries: Entry[] = [];
    for (let d = 1; d <= 14; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}`;
      const group = d % 3 === 1; // 1,4,7,10,13
      const after = d % 3 === 2;
      entries.push(e(`${day}T10:00:00.000+01:00`, after ? 8 : group ? 5 : 4, { attended: group ? ['nami-connection'] : [] }));
    }
    const s = computeStats(entries, { from: '2026-11-01', to: '2026-11-14' });
    expect(s.attendance).toMatchObject({ days: 5, daysWithout: 9, meanWith: 5, enough: true });
    expect(s.attendance.nextDay).toMatchObject({ n: 5, meanAfter: 8, meanOther: 4.56, enough: true });
    expect(s.attendance.programs).toEqual([{ id: 'nami-connection', days: 5 }]);
    expect(describeAssociations(s).lines.join('\n')).toMatch(/The day after a group averaged 8; other days, 4.6/);
  });

  it('groups by weekday (Mon first) and time of day on the entry clock', () => {
    const s = computeStats([e('2026-11-23T07:00:00.000-05:00', 3), e('2026-11-22T23:30:00.000+09:00', 9)], { from: null, to: null });
    expect(s.byWeekday[0]).toEqual({ weekday: 'Mon', n: 1, mean: 3 });
    expect(s.byWeekday[6]).toEqual({ weekday: 'Sun', n: 1, mean: 9 });
    expect(timeOfDay('2026-11-22T23:30:00.000+09:00')).toBe('night');
    expect(s.byTimeOfDay.find((t) => t.part === 'morning')).toMatchObject({ n: 1, mean: 3 });
  });

  it('switches to a weekly trend for long periods', () => {
    const s = computeStats([e('2026-01-02T09:00:00.000Z', 5), ...fixtureEntries()], { from: '2026-01-01', to: '2026-11-23' });
    expect(s.trend.unit).toBe('week');
    expect(s.trend.points[0]!.start).toBe('2025-12-29');
    expect(s.trend.points.every((p) => p.start <= '2026-11-23')).toBe(true);
  });

  it('lays out only the days between the first and the last entry', () => {
    // 77 check-ins over 2018, asked for the last 100 years: the report covers 2018, not a century.
    const year = Array.from({ length: 77 }, (_, i) => e(`${addDayKey('2018-01-03', Math.floor((i * 359) / 76))}T20:00:00.000+01:00`, 1 + (i % 10)));
    const s = computeStats(year, { from: '1926-12-02', to: '2026-12-01' });
    expect(s.count).toBe(77);
    expect(s.period).toEqual({ from: '2018-01-03', to: '2018-12-28', days: 360 });
    expect(s.trend.unit).toBe('week');
    expect(s.trend.points).toHaveLength(52);
    // A period wholly after the last entry lays out nothing (and keeps the days asked for).
    const later = computeStats(year, { from: '2026-11-02', to: '2026-12-01' });
    expect(later).toMatchObject({ count: 0, period: { from: '2026-11-02', to: '2026-12-01', days: 30 }, trend: { points: [] } });
    // Inside the journal's range nothing changes: empty days before the first check-in of the period are laid out.
    const spring = computeStats(year, { from: '2018-03-01', to: '2018-03-31' });
    expect(spring.period).toEqual({ from: '2018-03-01', to: '2018-03-31', days: 31 });
    expect(spring.trend.points).toHaveLength(31);
  });

  it('copes with 200,000 entries (no spread of huge arrays)', () => {
    const base = e('2020-01-01T09:00:00.000Z', 5);
    const many: Entry[] = Array.from({ length: 200_000 }, (_, i) => ({ ...base, id: `m${i}`, at: `${2020 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}T09:00:00.000Z`, mood: 1 + (i % 10), tags: [`t${i % 40}`] }));
    const s = computeStats(many, { from: null, to: null });
    expect(s).toMatchObject({ count: 200_000, mood: { min: 1, max: 10, mean: 5.5, median: 5.5 } });
    expect(s.tags).toHaveLength(40);
  });

  it('ignores entries outside the period', () => {
    const s = computeStats(fixtureEntries(), { from: '2026-11-20', to: '2026-11-20' });
    expect(s.count).toBe(2);
    expect(s.daysCheckedIn).toBe(1);
  });
});

describe('renderStats and sparkline', () => {
  it('draws gaps as · and scales 1–10', () => {
    expect(sparkline([1, 10, null, 5.5])).toBe('▁█·▅');
    expect(fitSeries([1, 1, null, null, 9, 9], 3)).toEqual([1, null, 9]);
  });
  it('renders a calm screen within 80 columns, sanitising tags', () => {
    const lines = renderStats(computeStats([...fixtureEntries(), e('2026-11-23T09:00:00.000Z', 5, { tags: ['\u001b[31mred'] })], resolvePeriod({}, NOW, '30d')), { label: 'last 30 days', programName: fixtureProgramName });
    expect(lines[0]).toBe('Last 30 days (25 Oct 2026 – 23 Nov 2026)');
    expect(lines.join('\n')).toContain('not what caused what');
    expect(lines.join('\n')).not.toContain('\u001b');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(lines.filter((l) => l.includes('(1 day)') || l.includes('(3 days)'))).toHaveLength(2);
  });
  it('says how many check-ins each average of the extras rests on', () => {
    const s = computeStats([e('2026-11-20T09:00:00.000Z', 5, { anxiety: 4 }), e('2026-11-21T09:00:00.000Z', 6, { energy: 2, sleepHours: 7 }), e('2026-11-22T09:00:00.000Z', 7, { energy: 4, sleepHours: 8 })], { from: '2026-11-20', to: '2026-11-22' });
    const lines = renderStats(s).map((l) => l.trim());
    expect(lines).toContain('Also            energy 3/5 · 2 check-ins');
    expect(lines).toContain('anxiety 4/5 · 1 check-in');
    expect(lines).toContain('sleep 7.5 h · 2 check-ins');
  });
  it('is kind about an empty period', () => {
    expect(renderStats(computeStats([], { from: '2026-11-01', to: '2026-11-02' })).join('\n')).toMatch(/No check-ins in this period yet/);
  });
});
