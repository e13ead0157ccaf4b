import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyJournal, type Entry, type JournalData } from '../../src/core/entry.js';
import { describeArrival, mergeJournals, otherUnitValues, stampChanges } from '../../src/core/merge.js';

const T0 = Date.parse('2026-11-01T08:00:00.000Z');
const iso = (minute: number) => new Date(T0 + minute * 60_000).toISOString();

function entry(id: string, minute: number, over: Partial<Entry> = {}): Entry {
  return {
    id, at: iso(minute), recordedAt: iso(minute), mood: 5, energy: null, anxiety: null, sleepHours: null,
    emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null, ...over,
  };
}

/** A change made on one device, stamped the way the store stamps it. */
function change(d: JournalData, minute: number, fn: (d: JournalData) => void): JournalData {
  const next = structuredClone(d);
  const ids = new Set(next.entries.map((e) => e.id));
  const other = otherUnitValues(next);
  fn(next);
  stampChanges(ids, other, next, new Date(T0 + minute * 60_000));
  return next;
}

describe('mergeJournals', () => {
  it('takes the union by id and keeps entries in time order', () => {
    const a = { ...emptyJournal(), entries: [entry('a', 1), entry('c', 3)] };
    const b = { ...emptyJournal(), entries: [entry('b', 2)] };
    expect(mergeJournals([a, b]).entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(mergeJournals([b, a])).toEqual(mergeJournals([a, b]));
  });

  it('the later edit wins; an edit made after a delete wins over it, a delete after an edit wins', () => {
    const base = { ...emptyJournal(), entries: [entry('a', 1), entry('b', 1)] };
    const edited = change(base, 10, (d) => Object.assign(d.entries[0]!, { note: 'later', updatedAt: iso(10) }));
    const deleted = change(base, 5, (d) => void d.entries.splice(0, 1));
    const m = mergeJournals([deleted, edited], base);
    expect(m.entries.find((e) => e.id === 'a')?.note).toBe('later');
    expect(m.deleted).toEqual([]);
    const deletedLater = change(base, 20, (d) => void d.entries.splice(0, 1));
    const m2 = mergeJournals([edited, deletedLater], base);
    expect(m2.entries.map((e) => e.id)).toEqual(['b']);
    expect(m2.deleted).toEqual([{ id: 'a', deletedAt: iso(20) }]);
  });

  it('with a base, a side that did not change gives way even to an older time', () => {
    const base = { ...emptyJournal(), entries: [entry('a', 1, { note: 'base', updatedAt: iso(50) })] };
    const other = { ...emptyJournal(), entries: [entry('a', 1, { note: 'other', updatedAt: iso(40) })] };
    expect(mergeJournals([base, other], base).entries[0]!.note).toBe('other');
    expect(mergeJournals([base, other]).entries[0]!.note).toBe('base'); // no base: the later time
  });

  it('merges saved programs, own groups, settings and unknown keys per key', () => {
    const base = { ...emptyJournal(), saved: ['x'], config: { country: 'US' }, plan: { calm: ['walk'] } } as unknown as JournalData;
    const a = change(base, 5, (d) => {
      d.saved.push('y');
      d.config.country = 'UK';
      d.mine.push({ id: 'my-a', name: 'A', when: null, where: null, notes: null, createdAt: iso(5) });
    });
    const b = change(base, 7, (d) => {
      d.saved = [];
      (d as unknown as { plan: Record<string, string[]> }).plan.people = ['Sam'];
      d.config.theme = 'plain';
    });
    const m = mergeJournals([a, b], base) as JournalData & { plan: unknown };
    expect(m.saved).toEqual(['y']);
    expect(m.config).toEqual({ country: 'UK', theme: 'plain' });
    expect(m.mine.map((o) => o.id)).toEqual(['my-a']);
    expect(m.plan).toEqual({ calm: ['walk'], people: ['Sam'] });
    expect(m.stamps['saved/x']).toBe(iso(7));
    expect(mergeJournals([b, a], base)).toEqual(m);
  });

  it('stamps a change as the store does: tombstones for deletes; an entry brought back is newer than its tombstone', () => {
    const start = { ...emptyJournal(), entries: [entry('a', 1), entry('b', 2)] };
    const gone = change(start, 10, (d) => void d.entries.splice(0, 1));
    expect(gone.deleted).toEqual([{ id: 'a', deletedAt: iso(10) }]);
    const restored = change(gone, 20, (d) => void d.entries.unshift(entry('a', 1)));
    expect(restored.deleted).toEqual([]);
    expect(restored.entries[0]!.updatedAt).toBe(iso(20));
    // A device that still has the tombstone takes the entry back.
    expect(mergeJournals([gone, restored]).entries.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('describes what arrived', () => {
    const mine = { ...emptyJournal(), entries: [entry('a', 1), entry('b', 2)] };
    const theirs = { ...emptyJournal(), entries: [entry('a', 1, { mood: 8 }), entry('c', 3)] };
    expect(describeArrival(mine, theirs)).toEqual({ added: 1, changed: 1, removed: 1, other: 0 });
  });
});

// Three devices, one shared copy (a synced folder), each device remembering what it last synced.
type Op =
  | { kind: 'add'; dev: number }
  | { kind: 'edit'; dev: number; pick: number; mood: number }
  | { kind: 'delete'; dev: number; pick: number }
  | { kind: 'save'; dev: number; prog: string }
  | { kind: 'sync'; dev: number };

const dev = fc.integer({ min: 0, max: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('add' as const), dev }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('edit' as const), dev, pick: fc.nat(20), mood: fc.integer({ min: 1, max: 10 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), dev, pick: fc.nat(20) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('save' as const), dev, prog: fc.constantFrom('p1', 'p2', 'p3') }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('sync' as const), dev }), weight: 3 },
);

describe('three devices syncing through a shared copy', () => {
  it('always end with the same journal: every entry added and not later deleted, with its latest edit', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(dev, { minLength: 0, maxLength: 4 }), (ops, extraSyncs) => {
        const local: JournalData[] = [emptyJournal(), emptyJournal(), emptyJournal()];
        const base: (JournalData | null)[] = [null, null, null];
        let shared = emptyJournal();
        // The truth: the last thing that happened to each entry, anywhere.
        const last = new Map<string, { minute: number; mood: number | null }>();
        let minute = 0;
        let n = 0;
        const sync = (d: number) => {
          const merged = mergeJournals([local[d]!, shared], base[d]);
          local[d] = structuredClone(merged);
          shared = structuredClone(merged);
          base[d] = structuredClone(merged);
        };
        for (const op of ops) {
          minute++;
          const d = op.dev;
          const own = local[d]!.entries;
          if (op.kind === 'add') {
            const id = `e${n++}`;
            local[d] = change(local[d]!, minute, (j) => void j.entries.push(entry(id, minute)));
            last.set(id, { minute, mood: 5 });
          } else if (op.kind === 'edit' && own.length) {
            const id = own[op.pick % own.length]!.id;
            local[d] = change(local[d]!, minute, (j) => Object.assign(j.entries.find((e) => e.id === id)!, { mood: op.mood, updatedAt: iso(minute) }));
            last.set(id, { minute, mood: op.mood });
          } else if (op.kind === 'delete' && own.length) {
            const id = own[op.pick % own.length]!.id;
            local[d] = change(local[d]!, minute, (j) => void (j.entries = j.entries.filter((e) => e.id !== id)));
            last.set(id, { minute, mood: null });
          } else if (op.kind === 'save') {
            local[d] = change(local[d]!, minute, (j) => {
              j.saved = j.saved.includes(op.prog) ? j.saved.filter((p) => p !== op.prog) : [...j.saved, op.prog];
            });
          } else if (op.kind === 'sync') {
            sync(d);
          }
        }
        // Everyone syncs in some order, then once more in turn, so all news has gone round.
        for (const d of extraSyncs) sync(d);
        for (const d of [0, 1, 2, 0, 1]) sync(d);
        for (const j of local) expect(j).toEqual(shared);
        const expected = [...last].filter(([, v]) => v.mood !== null).map(([id, v]) => [id, v.mood]);
        expect(shared.entries.map((e) => [e.id, e.mood]).sort()).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  });
});
