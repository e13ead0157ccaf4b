/**
 * Model-based fault testing: random sequences of saves (add, edit, delete), each of which may fail
 * at a random step of the write (throw), the last one possibly "crashing" there (the folder frozen as
 * a killed process leaves it). After every step the journal on disk must equal the model: the state
 * after the save when it got past the rename, the state before it otherwise.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { realFsOps, type FsOps } from '../../src/store/fs-ops.js';
import { JournalStore } from '../../src/store/journal.js';
import { deadPid, makeEntry } from './reliability-helpers.js';

const STEPS = ['create', 'write', 'fsync', 'close', 'rename', 'fsyncDir'] as const;
type Step = (typeof STEPS)[number];
const RUNS = Number(process.env.PEERPATH_MODEL_RUNS ?? 200);

const base = mkdtempSync(join(tmpdir(), 'peerpath-model-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

class Injected extends Error {}

function ops(fault: { step: Step; crash: boolean } | null, dataDir: string, snapshot: string): FsOps {
  const hit = async (step: Step): Promise<void> => {
    if (fault?.step !== step) return;
    if (fault.crash) cpSync(dataDir, snapshot, { recursive: true });
    throw new Injected(step);
  };
  return {
    create: async (p, m) => (await hit('create'), realFsOps.create(p, m)),
    write: async (h, d) => {
      if (fault?.step === 'write') await realFsOps.write(h, d.subarray(0, d.length >> 1)); // a short temp file
      await hit('write');
      return realFsOps.write(h, d);
    },
    fsync: async (h) => (await hit('fsync'), realFsOps.fsync(h)),
    close: async (h) => (await hit('close'), realFsOps.close(h)),
    rename: async (a, b) => (await hit('rename'), realFsOps.rename(a, b)),
    fsyncDir: async (d) => (await hit('fsyncDir'), realFsOps.fsyncDir(d)),
  };
}

type Model = Map<string, number>; // id → mood
const op = fc.record({
  kind: fc.constantFrom('add', 'edit', 'delete'),
  pick: fc.nat(),
  mood: fc.integer({ min: 1, max: 10 }),
  fault: fc.option(fc.constantFrom(...STEPS), { freq: 2 }),
});

async function onDisk(dataDir: string): Promise<Model> {
  const data = await new JournalStore({ dataDir }).read();
  return new Map(data.entries.map((e) => [e.id, e.mood]));
}

describe('model-based: random saves with random failures', () => {
  it(`the journal always equals the model (${RUNS} random histories)`, async () => {
    let saves = 0;
    let faults = 0;
    let crashes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), fc.option(fc.constantFrom(...STEPS)), async (history, crashAt) => {
        const dir = join(base, `run-${n++}`);
        const dataDir = join(dir, 'data');
        const snapshot = join(dir, 'snapshot');
        let model: Model = new Map();
        let next = 0;
        for (let k = 0; k < history.length; k++) {
          const h = history[k]!;
          const last = k === history.length - 1;
          const fault = last && crashAt ? { step: crashAt, crash: true } : h.fault ? { step: h.fault, crash: false } : null;
          const ids = [...model.keys()];
          const target = ids.length ? ids[h.pick % ids.length]! : null;
          // An edit always changes the mood (a save that changes nothing writes nothing).
          const mood = h.kind === 'edit' && target && model.get(target) === h.mood ? (h.mood % 10) + 1 : h.mood;
          const after: Model = new Map(model);
          if (h.kind === 'add' || !target) after.set(makeEntry(1000 + next).id, mood);
          else if (h.kind === 'edit') after.set(target, mood);
          else after.delete(target);
          const id = makeEntry(1000 + next).id;
          if (h.kind === 'add' || !target) next++;

          const store = new JournalStore({ dataDir, ops: ops(fault, dataDir, snapshot), lockTimeoutMs: 2000 });
          const result = await store
            .update((d) => {
              if (h.kind === 'add' || !target) d.entries.push({ ...makeEntry(0), id, mood });
              else if (h.kind === 'edit') d.entries.find((e) => e.id === target)!.mood = mood;
              else d.entries.splice(d.entries.findIndex((e) => e.id === target), 1);
            })
            .then(
              () => null,
              (e: unknown) => e,
            );
          saves++;
          if (fault) {
            faults++;
            expect(result).toBeInstanceOf(Injected);
          } else expect(result).toBeNull();
          // A failure past the rename (the folder fsync) has still saved it.
          const saved = !fault || fault.step === 'fsyncDir';
          if (fault?.crash) {
            crashes++;
            // Next run starts from the frozen folder, with the dead process's lock.
            const owner = join(snapshot, 'journal.json.lock', 'owner');
            const o = JSON.parse(readFileSync(owner, 'utf8')) as { pid: number };
            writeFileSync(owner, JSON.stringify({ ...o, pid: deadPid() }));
            expect(await onDisk(snapshot)).toEqual(saved ? after : model);
            await new JournalStore({ dataDir: snapshot, lockTimeoutMs: 3000 }).update((d) => void d.entries.push({ ...makeEntry(0), id: 'zz0001' }));
            expect(readdirSync(snapshot).filter((x) => x.endsWith('.tmp') || x.includes('.lock'))).toEqual([]);
          } else {
            expect(await onDisk(dataDir)).toEqual(saved ? after : model);
            expect(readdirSync(dataDir).filter((x) => x.endsWith('.tmp') || x.includes('.lock'))).toEqual([]);
          }
          if (saved) model = after;
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: RUNS },
    );
    console.log(`MODEL ${JSON.stringify({ histories: RUNS, saves, faults, crashes })}`);
  }, 300_000);
});
