/**
 * Merging copies of one journal kept on several devices (pure: no fs, no clock).
 *
 * The journal is seen as a set of units, each with a value (or a removal) and the time it last changed:
 * - every entry is a unit (`e/<id>`), its time `updatedAt ?? recordedAt`; a tombstone in `deleted`
 *   (`{ id, deletedAt }`) is its removal, timed `deletedAt`;
 * - every other top-level key is split generically: a list of strings (`saved`) into one unit per
 *   string, a list of objects with ids (`mine`, `questionnaires`) into one unit per id, an object
 *   (`config`, `plan`) into one unit per key, anything else is one unit. Their times are in the
 *   journal's `stamps` map (`"saved/aa-sf"`: ISO time of the last add, change or removal), which the
 *   store keeps up to date on every save; a stamp without a value is that unit's removal.
 *
 * Per unit: with a base (git's common ancestor, or what this device last synced), sides still equal
 * to the base give way to sides that changed it; among the rest (or all sides, with no base) the
 * later time wins, an edit made after a delete included. Equal times are settled by the content
 * itself (the larger canonical JSON), so every device picks the same winner whatever the order.
 */
import { SCHEMA_VERSION, type Entry, type JournalData, type Tombstone } from './entry.js';

// `__proto__` (possible in a hand-made file) is never treated as a unit: assigning it would swap a prototype.
const RESERVED = new Set(['schemaVersion', 'entries', 'deleted', 'stamps', '__proto__']);
/** Keys whose order in the file head is kept first, as emptyJournal writes them. */
const HEAD_ORDER = ['saved', 'mine', 'config'];

type Kind = 'set' | 'ids' | 'obj' | 'whole';

/** One unit on one side: `value` undefined means removed (a tombstone or a stamped removal). */
interface Unit {
  value: unknown;
  time: number;
  /** Its canonical JSON ('' for a removal), worked out only when times tie (see jsonOf). */
  json?: string;
}

/** A unit's canonical JSON, computed on first use: most comparisons are settled by time alone. */
function jsonOf(u: Unit): string {
  if (u.json === undefined) u.json = u.value === undefined ? '' : isObj(u.value) && typeof u.value.id === 'string' && 'mood' in u.value ? entryJson(u.value as unknown as Entry) : canonicalJson(u.value);
  return u.json;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isObj(v)) {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * canonicalJson of an entry, faster: an entry is flat but for lists of strings, so one JSON.stringify
 * with its keys sorted gives the same text (anything nested falls back to canonicalJson).
 */
function entryJson(e: Entry): string {
  for (const v of Object.values(e)) if (typeof v === 'object' && v !== null && !Array.isArray(v)) return canonicalJson(e);
  return JSON.stringify(e, Object.keys(e).sort());
}

const timeOf = (iso: string | null | undefined): number => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
};

/** How a top-level key splits into units (null: an empty list, which says nothing). */
export function kindOf(v: unknown): Kind | null {
  if (Array.isArray(v)) {
    if (v.length === 0) return null;
    if (v.every((x) => typeof x === 'string')) return 'set';
    if (v.every((x) => isObj(x) && typeof x.id === 'string')) return 'ids';
    return 'whole';
  }
  return isObj(v) ? 'obj' : 'whole';
}

/** The unit paths and values a top-level key holds (the key itself for a whole value). */
export function subUnits(key: string, v: unknown, kind: Kind): [string, unknown][] {
  switch (kind) {
    case 'set':
      return (v as string[]).map((s) => [`${key}/${s}`, true]);
    case 'ids':
      return (v as { id: string }[]).map((o) => [`${key}/${o.id}`, o]);
    case 'obj':
      return Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [`${key}/${k}`, x]);
    case 'whole':
      return [[key, v]];
  }
}

/** Every top-level key other than the reserved ones, as `[key, value]`. */
export function otherKeys(d: JournalData): [string, unknown][] {
  return Object.entries(d as unknown as Record<string, unknown>).filter(([k]) => !RESERVED.has(k));
}

/** The non-entry units of a journal, path → canonical JSON (what the store stamps on change). */
export function otherUnitValues(d: JournalData): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of otherKeys(d)) {
    const kind = kindOf(v);
    if (kind) for (const [path, x] of subUnits(key, v, kind)) out.set(path, canonicalJson(x));
  }
  return out;
}

function unitsOf(d: JournalData, kinds: Map<string, Kind>): Map<string, Unit> {
  const out = new Map<string, Unit>();
  for (const t of d.deleted ?? []) out.set(`e/${t.id}`, { value: undefined, time: timeOf(t.deletedAt) });
  for (const e of d.entries) {
    const time = timeOf(e.updatedAt ?? e.recordedAt);
    const had = out.get(`e/${e.id}`);
    if (!had || time >= had.time) out.set(`e/${e.id}`, { value: e, time });
  }
  const stamps = d.stamps ?? {};
  for (const [path, at] of Object.entries(stamps)) out.set(`o:${path}`, { value: undefined, time: timeOf(at) });
  for (const [key, v] of otherKeys(d)) {
    const kind = kindOf(v);
    if (!kind) continue;
    if (!kinds.has(key)) kinds.set(key, kind);
    for (const [path, x] of subUnits(key, v, kind)) out.set(`o:${path}`, { value: x, time: timeOf(stamps[path]) });
  }
  return out;
}

/** Whether `a` beats `b`: later time, then the larger content (a value beats a removal). */
const beats = (a: Unit, b: Unit) => a.time > b.time || (a.time === b.time && jsonOf(a) > jsonOf(b));

function pick(sides: (Unit | undefined)[], base: Unit | undefined, hasBase: boolean): Unit | undefined {
  let candidates: Unit[];
  if (hasBase) {
    candidates = [];
    // A side without the unit has not heard of it (a delete always leaves a tombstone or a stamp).
    for (const u of sides) if (u !== undefined && (!base || u.time !== base.time || (u.value !== base.value && jsonOf(u) !== jsonOf(base)))) candidates.push(u);
    // Nothing changed since the base: the same content; a side's own object keeps later comparisons cheap.
    if (!candidates.length) return sides.find((u) => u !== undefined) ?? base;
  } else {
    candidates = sides.filter((u): u is Unit => u !== undefined);
  }
  let best: Unit | undefined;
  for (const u of candidates) if (!best || beats(u, best)) best = u;
  return best;
}

const entryOrder = (a: Entry, b: Entry) => timeOf(a.at) - timeOf(b.at) || (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Merge any number of copies of one journal. `base` is their common ancestor when known (git's %O,
 * the state last synced); without it, every side counts as changed. Give a base only for sides that
 * grew from it: a copy from elsewhere (a sync tool's conflict copy) goes through a merge without a
 * base first. The result is the same whatever the order of `sides`.
 */
export function mergeJournals(sides: readonly JournalData[], base: JournalData | null = null): JournalData {
  const kinds = new Map<string, Kind>();
  const baseUnits = base ? unitsOf(base, kinds) : new Map<string, Unit>();
  const sideUnits = sides.map((s) => unitsOf(s, kinds));
  const paths = new Set<string>(baseUnits.keys());
  for (const m of sideUnits) for (const p of m.keys()) paths.add(p);

  const entries: Entry[] = [];
  const deleted: Tombstone[] = [];
  const stamps: Record<string, string> = {};
  const values = new Map<string, [string, unknown][]>();
  for (const path of [...paths].sort()) {
    const won = pick(
      sideUnits.map((m) => m.get(path)),
      baseUnits.get(path),
      base !== null,
    );
    if (!won) continue;
    if (path.startsWith('e/')) {
      if (won.value === undefined) deleted.push({ id: path.slice(2), deletedAt: new Date(won.time).toISOString() });
      else entries.push(won.value as Entry);
      continue;
    }
    const sub = path.slice(2);
    if (won.time > 0) stamps[sub] = new Date(won.time).toISOString();
    if (won.value === undefined) continue;
    const slash = sub.indexOf('/');
    const key = slash < 0 ? sub : sub.slice(0, slash);
    if (!values.has(key)) values.set(key, []);
    values.get(key)!.push([slash < 0 ? '' : sub.slice(slash + 1), won.value]);
  }
  entries.sort(entryOrder);

  const out: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  const allKeys = new Set<string>();
  for (const d of [...sides, ...(base ? [base] : [])]) for (const [k] of otherKeys(d)) allKeys.add(k);
  const ordered = [...HEAD_ORDER.filter((k) => allKeys.has(k)), ...[...allKeys].filter((k) => !HEAD_ORDER.includes(k)).sort()];
  for (const key of ordered) {
    const kind = kinds.get(key);
    const got = values.get(key) ?? [];
    if (!kind) {
      // Empty on every side (or a key no side splits): keep the first side's value as it is.
      const first = [...sides, base].find((d) => d && key in d) as unknown as Record<string, unknown>;
      out[key] = first[key];
      continue;
    }
    if (kind === 'set') out[key] = got.map(([s]) => s);
    else if (kind === 'ids') out[key] = got.map(([, v]) => v);
    else if (kind === 'obj') out[key] = Object.fromEntries(got);
    else if (got.length) out[key] = got[0]![1];
  }
  out.deleted = deleted.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  out.stamps = stamps;
  out.entries = entries;
  return out as unknown as JournalData;
}

/** What a merge brought to one copy: entries new to it, changed in it, removed from it. */
export interface Arrival {
  added: number;
  changed: number;
  removed: number;
  /** Saved programs, own groups, settings and the like that differ. */
  other: number;
}

export function describeArrival(before: JournalData, after: JournalData): Arrival {
  const was = new Map(before.entries.map((e) => [e.id, e]));
  let added = 0;
  let changed = 0;
  for (const e of after.entries) {
    const old = was.get(e.id);
    if (old === undefined) added++;
    else if (old !== e && entryJson(old) !== entryJson(e)) changed++;
    was.delete(e.id);
  }
  const a = otherUnitValues(before);
  const b = otherUnitValues(after);
  let other = 0;
  for (const [p, v] of b) if (a.get(p) !== v) other++;
  for (const p of a.keys()) if (!b.has(p)) other++;
  return { added, changed, removed: was.size, other };
}

export const arrivedNothing = (a: Arrival) => a.added + a.changed + a.removed + a.other === 0;

/**
 * After a change made on this device (`before` → `after`, at `now`): tombstones for entries that
 * went, and a stamp for every other unit that was added, changed or removed. Mutates `after`.
 * `beforeIds` and `beforeOther` are what the store noted before the change.
 */
export function stampChanges(beforeIds: ReadonlySet<string> | null, beforeOther: ReadonlyMap<string, string>, after: JournalData, now: Date): void {
  const at = now.toISOString();
  if (beforeIds) {
    const still = new Set(after.entries.map((e) => e.id));
    const gone = [...beforeIds].filter((id) => !still.has(id));
    if (gone.length) {
      const goneSet = new Set(gone);
      after.deleted = [...(after.deleted ?? []).filter((t) => !goneSet.has(t.id)), ...gone.map((id) => ({ id, deletedAt: at }))];
    }
    // An entry brought back (a restore) is newer than its tombstone, here and on every device.
    const buried = new Set((after.deleted ?? []).map((t) => t.id));
    const back = after.entries.filter((e) => buried.has(e.id) && !beforeIds.has(e.id));
    if (back.length) {
      for (const e of back) e.updatedAt = at;
      const backIds = new Set(back.map((e) => e.id));
      after.deleted = after.deleted.filter((t) => !backIds.has(t.id));
    }
  }
  const now2 = otherUnitValues(after);
  const changed: string[] = [];
  for (const [p, v] of now2) if (beforeOther.get(p) !== v) changed.push(p);
  for (const p of beforeOther.keys()) if (!now2.has(p)) changed.push(p);
  if (changed.length) {
    after.stamps = { ...(after.stamps ?? {}) };
    for (const p of changed) after.stamps[p] = at;
  }
}
