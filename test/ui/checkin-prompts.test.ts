/** The guided check-in (askCheckin) driven by a scripted Prompts: no terminal needed. */
import { describe, expect, it } from 'vitest';
import { askCheckin, askRestoreDraft, type CheckinAnswers, type CheckinPromptContext } from '../../src/ui/checkin-prompts.js';
import { isPromptCancel, type Choice, type Prompts } from '../../src/ui/prompts.js';

type Call = { kind: keyof Prompts; cfg: Record<string, unknown> };
type Answer = (cfg: Record<string, unknown>) => unknown;

/**
 * A Prompts that answers from a script keyed by the start of each question; a question not in the
 * script gets what Enter gives: the default, the pre-checked boxes, or an empty string.
 */
function scripted(script: Record<string, unknown | Answer> = {}) {
  const calls: Call[] = [];
  const answer = (kind: keyof Prompts, cfg: Record<string, unknown>) => {
    calls.push({ kind, cfg });
    const key = Object.keys(script).find((k) => String(cfg.message).startsWith(k));
    if (key !== undefined) {
      const v = script[key];
      return Promise.resolve(typeof v === 'function' ? (v as Answer)(cfg) : v);
    }
    return Promise.resolve(enter(kind, cfg));
  };
  const prompts = {
    select: (cfg: object) => answer('select', cfg as Record<string, unknown>),
    checkbox: (cfg: object) => answer('checkbox', cfg as Record<string, unknown>),
    input: (cfg: object) => answer('input', cfg as Record<string, unknown>),
    confirm: (cfg: object) => answer('confirm', cfg as Record<string, unknown>),
    password: (cfg: object) => answer('password', cfg as Record<string, unknown>),
  } as unknown as Prompts;
  return { prompts, calls };
}

function enter(kind: keyof Prompts, cfg: Record<string, unknown>): unknown {
  const choices = (cfg.choices ?? []) as Choice<unknown>[];
  switch (kind) {
    case 'select':
      return cfg.default !== undefined ? cfg.default : choices[0]?.value;
    case 'checkbox':
      return choices.filter((c) => c.checked).map((c) => c.value);
    case 'confirm':
      return cfg.default ?? false;
    default:
      return cfg.default ?? '';
  }
}

const NO_HISTORY: CheckinPromptContext = { knownTags: [], programs: [] };

describe('askCheckin', () => {
  it('asks mood first, then the extras; Enter on every extra gives nulls and empties', async () => {
    const { prompts, calls } = scripted({ 'How are you feeling': 7 });
    const answers = await askCheckin(prompts, NO_HISTORY);
    expect(answers).toEqual<CheckinAnswers>({
      mood: 7, emotions: [], energy: null, anxiety: null, sleepHours: null, tags: [], attended: [], note: '', private: false,
    });
    expect(calls.map((c) => `${c.kind}: ${String(c.cfg.message)}`)).toEqual([
      'select: How are you feeling right now? (type 1–10 or use ↑↓)',
      'checkbox: Any of these words fit? (space to pick, Enter to go on)',
      'select: Energy?',
      'select: Anxiety?',
      'input: Hours slept? (Enter to skip)',
      'input: Tags, comma-separated? (Enter to skip)',
      'input: A note? (Enter to skip)',
      'confirm: Keep this one private (left out of exports)?',
    ]);
  });

  it('offers the mood scale with labels and a middle default; the extras start on "skip"', async () => {
    const { prompts, calls } = scripted();
    const answers = await askCheckin(prompts, NO_HISTORY);
    expect(answers.mood).toBe(5);
    const mood = calls[0]!.cfg;
    expect((mood.choices as Choice<number>[]).map((c) => c.name)).toContain(' 1  very low');
    expect((mood.choices as Choice<number>[]).map((c) => c.name)).toContain('10  very good');
    for (const q of ['Energy?', 'Anxiety?']) {
      const cfg = calls.find((c) => c.cfg.message === q)!.cfg;
      expect((cfg.choices as Choice<number>[])[0]!.name).toBe('skip');
      expect(cfg.default).toBe((cfg.choices as Choice<number>[])[0]!.value);
    }
  });

  it('takes answers for every question and normalises words', async () => {
    const { prompts } = scripted({
      'How are you feeling': 3,
      'Any of these words fit': ['tired', 'anxious'],
      'Energy?': 2,
      'Anxiety?': 4,
      'Hours slept?': ' 6,5 ',
      'Tags?': ['walk'],
      'New tags': ' Walk, Morning  Sun ,,SLEEP ',
      'Did you go to a group': ['my-circle'],
      'A note?': 'Hard night.  Better now 🙂',
      'Keep this one private': true,
    });
    const answers = await askCheckin(prompts, { knownTags: ['walk', 'group'], programs: [{ id: 'my-circle', name: 'Tuesday circle' }] });
    expect(answers).toEqual<CheckinAnswers>({
      mood: 3,
      emotions: ['tired', 'anxious'],
      energy: 2,
      anxiety: 4,
      sleepHours: 6.5,
      tags: ['walk', 'morning sun', 'sleep'],
      attended: ['my-circle'],
      note: 'Hard night.  Better now 🙂',
      private: true,
    });
  });

  it('offers tags used before (then asks for new ones) and programs to tick', async () => {
    const { prompts, calls } = scripted();
    await askCheckin(prompts, { knownTags: ['walk', 'group', 'sleep'], programs: [{ id: 'nami-connection', name: 'NAMI Connection' }] });
    const tags = calls.find((c) => String(c.cfg.message).startsWith('Tags?'))!.cfg;
    expect((tags.choices as Choice<string>[]).map((c) => c.value)).toEqual(['walk', 'group', 'sleep']);
    expect(calls.some((c) => String(c.cfg.message).startsWith('New tags, comma-separated?'))).toBe(true);
    const groups = calls.find((c) => String(c.cfg.message).startsWith('Did you go to a group'))!.cfg;
    expect(groups.choices).toEqual([{ name: 'NAMI Connection', value: 'nami-connection', checked: false }]);
  });

  it('offers at most 30 earlier tags', async () => {
    const { prompts, calls } = scripted();
    await askCheckin(prompts, { knownTags: Array.from({ length: 50 }, (_, i) => `t${i}`), programs: [] });
    const tags = calls.find((c) => String(c.cfg.message).startsWith('Tags?'))!.cfg;
    expect((tags.choices as unknown[]).length).toBe(30);
  });

  it('the sleep question validates its answer (empty is fine)', async () => {
    const { prompts, calls } = scripted();
    await askCheckin(prompts, NO_HISTORY);
    const validate = calls.find((c) => String(c.cfg.message).startsWith('Hours slept'))!.cfg.validate as (v: string) => true | string;
    expect(validate('')).toBe(true);
    expect(validate('  ')).toBe(true);
    expect(validate('7.5')).toBe(true);
    expect(validate('24')).toBe(true);
    expect(validate('25')).toMatch(/0 to 24/);
    expect(validate('abc')).toMatch(/0 to 24/);
  });

  it('a note of only spaces is no note; other notes are kept exactly', async () => {
    expect((await askCheckin(scripted({ 'A note?': '   ' }).prompts, NO_HISTORY)).note).toBe('');
    expect((await askCheckin(scripted({ 'A note?': '  indented ' }).prompts, NO_HISTORY)).note).toBe('  indented ');
  });

  describe('edit: prefilled with the current values', () => {
    const initial: CheckinAnswers = {
      mood: 8,
      emotions: ['hopeful', 'giddy'], // "giddy" is not in the word list but was typed with --emotions
      energy: 4,
      anxiety: 1,
      sleepHours: 7.5,
      tags: ['garden'],
      attended: ['my-circle'],
      note: 'Planted tulips.',
      private: true,
    };

    it('every default is the current value, so Enter everywhere keeps the entry as it was', async () => {
      const { prompts, calls } = scripted();
      const answers = await askCheckin(prompts, {
        knownTags: ['walk'],
        programs: [{ id: 'my-circle', name: 'Tuesday circle' }, { id: 'nami-connection', name: 'NAMI' }],
        initial,
      });
      expect(answers).toEqual(initial);
      const byStart = (s: string) => calls.find((c) => String(c.cfg.message).startsWith(s))!.cfg;
      expect(byStart('How are you feeling').default).toBe(8);
      const emotions = byStart('Any of these words').choices as Choice<string>[];
      expect(emotions[0]).toEqual({ name: 'hopeful', value: 'hopeful', checked: true });
      expect(emotions.find((c) => c.value === 'giddy')?.checked).toBe(true);
      expect(emotions.filter((c) => c.checked).map((c) => c.value).sort()).toEqual(['giddy', 'hopeful']);
      expect(byStart('Energy?').default).toBe(4);
      expect(byStart('Anxiety?').default).toBe(1);
      expect(byStart('Hours slept').default).toBe('7.5');
      const tags = byStart('Tags?').choices as Choice<string>[];
      expect(tags.map((c) => [c.value, c.checked])).toEqual([['garden', true], ['walk', false]]);
      const groups = byStart('Did you go').choices as Choice<string>[];
      expect(groups.map((c) => [c.value, c.checked])).toEqual([['my-circle', true], ['nami-connection', false]]);
      expect(byStart('A note?').default).toBe('Planted tulips.');
      expect(byStart('Keep this one private').default).toBe(true);
    });

    it('choosing "skip" clears energy and anxiety; an emptied sleep answer clears sleep', async () => {
      const { prompts } = scripted({ 'Energy?': 0, 'Anxiety?': 0, 'Hours slept?': '' });
      const answers = await askCheckin(prompts, { knownTags: [], programs: [], initial });
      expect(answers.energy).toBeNull();
      expect(answers.anxiety).toBeNull();
      expect(answers.sleepHours).toBeNull();
      expect(answers.mood).toBe(8);
    });

    it('keeps attended programs when there are none to offer', async () => {
      const answers = await askCheckin(scripted().prompts, { knownTags: [], programs: [], initial });
      expect(answers.attended).toEqual(['my-circle']);
    });
  });

  it('Ctrl+C at any question rejects with the cancel error (the caller saves nothing)', async () => {
    const cancel = () => {
      const e = new Error('User force closed the prompt with SIGINT');
      e.name = 'ExitPromptError';
      throw e;
    };
    for (const at of ['How are you feeling', 'Energy?', 'A note?', 'Keep this one private']) {
      const { prompts, calls } = scripted({ [at]: cancel });
      const err = await askCheckin(prompts, NO_HISTORY).catch((e: unknown) => e);
      expect(isPromptCancel(err)).toBe(true);
      expect(String(calls.at(-1)!.cfg.message).startsWith(at)).toBe(true);
    }
  });

  it('feeling words follow the mood chosen: a low mood offers "sad, tired, anxious" first, a good one "hopeful, calm"', async () => {
    const low = scripted({ 'How are you feeling': 2 });
    await askCheckin(low.prompts, NO_HISTORY);
    const words = (c: Call[]) => (c.find((x) => x.kind === 'checkbox')!.cfg.choices as Choice<string>[]).map((x) => x.value);
    expect(words(low.calls).slice(0, 3)).toEqual(['sad', 'tired', 'anxious']);
    const good = scripted({ 'How are you feeling': 9 });
    await askCheckin(good.prompts, NO_HISTORY);
    expect(words(good.calls).slice(0, 2)).toEqual(['hopeful', 'calm']);
  });

  it('the note step offers the editor: "e" opens it with the note so far, and what it saved is the note', async () => {
    const opened: string[] = [];
    const openEditor = async (initial: string) => {
      opened.push(initial);
      return 'Written in the editor\nover two lines';
    };
    const { prompts, calls } = scripted({ 'A note?': ' e ' });
    const answers = await askCheckin(prompts, { ...NO_HISTORY, initial: { note: 'draft so far' }, openEditor });
    expect(opened).toEqual(['draft so far']);
    expect(answers.note).toBe('Written in the editor\nover two lines');
    expect(String(calls.find((c) => String(c.cfg.message).startsWith('A note?'))!.cfg.message)).toMatch(/type e and Enter to write it in your editor/);
    // --editor in the guided check-in: the note step is the editor itself, no question
    const direct = scripted();
    const viaEditor = await askCheckin(direct.prompts, { ...NO_HISTORY, openEditor, editorFirst: true });
    expect(viaEditor.note).toBe('Written in the editor\nover two lines');
    expect(direct.calls.some((c) => String(c.cfg.message).startsWith('A note?'))).toBe(false);
    // without an editor on offer, "e" is just a note
    expect((await askCheckin(scripted({ 'A note?': 'e' }).prompts, NO_HISTORY)).note).toBe('e');
  });

  it('onNote hears the note as it is typed, even when the person then presses Ctrl+C', async () => {
    const heard: string[] = [];
    const typedThenCancelled = (cfg: Record<string, unknown>) => {
      (cfg.onType as (v: string) => void)('Half a thou');
      const e = new Error('User force closed the prompt with SIGINT');
      e.name = 'ExitPromptError';
      throw e;
    };
    const err = await askCheckin(scripted({ 'A note?': typedThenCancelled }).prompts, { ...NO_HISTORY, onNote: (n) => heard.push(n) }).catch((e: unknown) => e);
    expect(isPromptCancel(err)).toBe(true);
    expect(heard.at(-1)).toBe('Half a thou');
    // answered, then cancelled at the next question: the whole note was heard
    const heard2: string[] = [];
    const cancel = () => typedThenCancelled({ onType: () => undefined });
    await askCheckin(scripted({ 'A note?': 'The whole note', 'Keep this one private': cancel }).prompts, { ...NO_HISTORY, onNote: (n) => heard2.push(n) }).catch(() => undefined);
    expect(heard2.at(-1)).toBe('The whole note');
  });

  it('askRestoreDraft shows the draft\'s first line, made safe and short, and Enter says yes', async () => {
    const { prompts, calls } = scripted();
    const yes = await askRestoreDraft(prompts, { note: '\u001b[31mWalked ' + 'far '.repeat(30) + '\nsecond line', when: 'Mon 23 Nov 21:30' });
    expect(yes).toBe(true);
    const message = String(calls[0]!.cfg.message);
    expect(message).toMatch(/^You started a note on Mon 23 Nov 21:30 that was not saved: “Walked far far .*… …”\. Use it now\?$/);
    expect(message).not.toContain('\u001b');
  });
});
