#!/usr/bin/env node
// Deterministic synthetic journals for the benchmark.
//
//   node bench/generate.mjs --entries 10000 --out /tmp/pp-10k [--seed 42] [--end 2026-11-23]
//
// Writes <out>/journal.json (mode 0600, directory 0700) in exactly the layout serializeJournal()
// in src/core/journal-schema.ts produces: a one-line head, then one entry per line. The same seed,
// entry count and end day always give the same bytes. Entries spread over ~10 years ending on the
// end day (default: today, so `stats --last 1y` always covers the last tenth of the journal).
import { mkdirSync, writeFileSync, chmodSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EMOTIONS = ['hopeful', 'calm', 'grateful', 'content', 'proud', 'connected', 'relieved', 'tired', 'anxious', 'sad', 'lonely', 'irritable', 'overwhelmed', 'numb', 'restless', 'angry', 'ashamed', 'curious', 'safe'];
const TAGS = ['walk', 'group', 'sleep', 'work', 'family', 'meds', 'therapy', 'friends', 'cooking', 'music', 'rain', 'gym', 'journal', 'meeting', 'sponsor', 'church', 'garden', 'reading', 'cravings', 'panic', 'school', 'kids', 'dog', 'yoga', 'art', 'beach', 'holiday', 'birthday', 'dentist', 'bills'];
const OPENERS = ['Woke up early', 'Slept badly again', 'Slept right through', 'Hard morning', 'Quiet day', 'Good day overall', 'Went to the group tonight', 'Called my sponsor', 'Skipped lunch', 'Took a long walk by the river', 'Rain all day', 'Therapy session today', 'Felt wired after coffee', 'Work was a lot', 'Saw my sister', 'Stayed in bed until noon', 'Cooked a proper dinner', 'Made it to the meeting'];
const MIDDLES = ['and the heaviness lifted a bit by the afternoon', 'but I kept going', 'so I did the breathing exercise', 'which helped more than I expected', 'and I noticed the old thoughts creeping back', 'and someone at the group said something that stuck with me', 'and I let myself rest without guilt', 'then the panic came out of nowhere around 4pm', 'and I wrote down three things that went okay', 'and I remembered to take my meds on time', 'so I texted a friend instead of isolating', 'and the evening was calmer'];
const CLOSERS = ['Tomorrow is another day.', 'Proud of that.', 'Not great, not terrible.', 'One day at a time.', 'Need to be kinder to myself.', 'Going to bed early.', 'Small wins count.', 'I want to remember this.', 'Will bring it up at group.', ''];
const UNICODE = ['☀️', '🌧️', '💙', '🙂', '😔', '🌱', '✨', 'café', 'naïve', 'déjà vu', 'Ça va mieux.', 'Día tranquilo, caminé un poco.', '今日は少し楽', 'Grüße an Oma', 'спокойно', '— a long pause —', '“quotes”', 'x² ≤ 1'];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function pickSome(r, list, max) {
  const n = Math.floor(r() * (max + 1));
  const out = new Set();
  for (let i = 0; i < n; i++) out.add(pick(r, list));
  return [...out];
}

function sentence(r) {
  let s = `${pick(r, OPENERS)} ${pick(r, MIDDLES)}.`;
  if (r() < 0.5) s += ` ${pick(r, CLOSERS)}`;
  if (r() < 0.12) s += ` ${pick(r, UNICODE)}`;
  return s.trim();
}

/** 30% empty, 40% one sentence, 20% a few sentences, 8% several lines, 2% a long reflection. */
function note(r) {
  const x = r();
  if (x < 0.3) return '';
  if (x < 0.7) return sentence(r);
  if (x < 0.9) return Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(r)).join(' ');
  if (x < 0.98) return Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(r)).join('\n');
  return Array.from({ length: 4 + Math.floor(r() * 6) }, () => Array.from({ length: 3 + Math.floor(r() * 5) }, () => sentence(r)).join(' ')).join('\n\n');
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** A rough North-American DST offset: -04:00 from mid-March to early November, else -05:00. */
function offsetMinutes(d) {
  const m = d.getUTCMonth();
  const dst = (m > 2 && m < 10) || (m === 2 && d.getUTCDate() >= 10) || (m === 10 && d.getUTCDate() < 3);
  return dst ? -240 : -300;
}

function localIso(utcMs) {
  const off = offsetMinutes(new Date(utcMs));
  const l = new Date(utcMs + off * 60_000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())}T${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}:${pad(l.getUTCSeconds())}.${pad(l.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function programIds() {
  const p = join(root, 'data/programs.json');
  if (!existsSync(p)) return ['nami-connection', 'smart-recovery', 'emotions-anonymous'];
  try {
    return JSON.parse(readFileSync(p, 'utf8')).map((x) => x.id);
  } catch {
    return ['nami-connection', 'smart-recovery', 'emotions-anonymous'];
  }
}

/** Build the journal text for `count` entries. */
export function generateJournal({ count, seed = 42, end = new Date().toISOString().slice(0, 10) }) {
  const r = prng(seed ^ count);
  const ids = programIds();
  const saved = [...new Set(Array.from({ length: 6 }, () => pick(r, ids)))];
  const mine = [
    { id: 'my-tuesday-circle', name: 'Tuesday circle', when: 'Tuesdays 19:00', where: 'Library room 2', notes: null, createdAt: '2017-03-02T18:00:00.000Z' },
    { id: 'my-walk-and-talk', name: 'Walk & talk 🌳', when: 'Sundays', where: null, notes: 'Bring water', createdAt: '2020-06-14T10:00:00.000Z' },
  ];
  const attendable = [...saved, ...ids.slice(0, 8), 'my-tuesday-circle', 'my-walk-and-talk'];
  const endMs = Date.parse(`${end}T23:00:00Z`) - 86_400_000; // up to yesterday evening
  const span = 10 * 365.25 * 86_400_000;
  const startMs = endMs - span;
  const step = span / count;
  const taken = new Set();
  const lines = [];
  let mood = 6;
  for (let i = 0; i < count; i++) {
    // Evenly spread, jittered inside the slot so order is kept.
    const t = Math.floor(startMs + i * step + r() * step * 0.9);
    let id;
    do {
      id = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)];
      for (let k = 0; k < 5; k++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 36)];
    } while (taken.has(id));
    taken.add(id);
    mood = Math.max(1, Math.min(10, mood + Math.round((r() - 0.5) * 4 + (6 - mood) * 0.2)));
    const late = r() < 0.1; // backdated: recorded later
    const entry = {
      id,
      at: localIso(t),
      recordedAt: new Date(t + (late ? Math.floor(r() * 3 * 86_400_000) : Math.floor(r() * 90_000))).toISOString(),
      mood,
      energy: r() < 0.7 ? 1 + Math.floor(r() * 5) : null,
      anxiety: r() < 0.6 ? 1 + Math.floor(r() * 5) : null,
      sleepHours: r() < 0.5 ? Math.round((3 + r() * 8) * 2) / 2 : null,
      emotions: pickSome(r, EMOTIONS, 3),
      tags: pickSome(r, TAGS, 4),
      note: note(r),
      attended: r() < 0.15 ? pickSome(r, attendable, 2) : [],
      private: r() < 0.05,
      updatedAt: r() < 0.03 ? new Date(t + 86_400_000 * (1 + Math.floor(r() * 30))).toISOString() : null,
    };
    lines.push(JSON.stringify(entry));
  }
  const head = JSON.stringify({ schemaVersion: 2, saved, mine, config: { country: 'US' }, deleted: [], stamps: {} });
  return `${head.slice(0, -1)},"entries":[${lines.length ? '\n' + lines.join(',\n') + '\n' : ''}]}\n`;
}

const DAYLIO_MOODS = ['awful', 'bad', 'meh', 'good', 'rad'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A Daylio CSV export of `count` rows in its 8-column layout (full_date,date,weekday,time,mood,
 * activities,note_title,note), newest first as Daylio writes it, with 12-hour times, the five
 * default moods, activities joined by " | " and notes with <br> line breaks. Over ~10 years ending
 * yesterday; several rows share a minute now and then, as in real exports.
 */
export function generateDaylioCsv({ count, seed = 42, end = new Date().toISOString().slice(0, 10) }) {
  const r = prng(seed ^ (count * 7));
  const endMs = Date.parse(`${end}T00:00:00Z`) - 86_400_000;
  const span = 10 * 365.25 * 86_400_000;
  const step = span / count;
  const rows = [];
  for (let i = 0; i < count; i++) {
    const t = new Date(Math.floor(endMs - span + i * step + r() * step * 0.9));
    const y = t.getUTCFullYear();
    const mo = t.getUTCMonth();
    const d = t.getUTCDate();
    const h = t.getUTCHours();
    const time = `${h % 12 || 12}:${pad(t.getUTCMinutes())} ${h < 12 ? 'am' : 'pm'}`;
    const text = note(r).replace(/\n/g, '<br>');
    const title = r() < 0.1 ? sentence(r).slice(0, 30) : '';
    rows.push([`${y}-${pad(mo + 1)}-${pad(d)}`, `${MONTHS[mo]} ${d}`, WEEKDAYS[t.getUTCDay()], time, pick(r, DAYLIO_MOODS), pickSome(r, TAGS, 4).join(' | '), title, text].map(csvField).join(','));
  }
  rows.reverse();
  return `full_date,date,weekday,time,mood,activities,note_title,note\n${rows.join('\n')}\n`;
}

/** Write a journal into `dir` (created 0700) as journal.json (0600). Returns the byte size. */
export function writeJournal(dir, opts) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const text = generateJournal(opts);
  const file = join(dir, 'journal.json');
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
  return Buffer.byteLength(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const count = Number(arg('--entries', '1000'));
  const out = arg('--out');
  if (!out || !Number.isInteger(count) || count < 0) {
    console.error('usage: node bench/generate.mjs --entries N --out DIR [--seed S] [--end YYYY-MM-DD]');
    process.exit(2);
  }
  const bytes = writeJournal(out, { count, seed: Number(arg('--seed', '42')), end: arg('--end', undefined) });
  console.error(`wrote ${count} entries (${(bytes / 1e6).toFixed(1)} MB) to ${join(out, 'journal.json')}`);
}
