import { describe, expect, it } from 'vitest';
import { askFirstCountry, FIRST_COUNTRY_QUESTION } from '../../src/ui/first-country-prompt.js';
import type { Choice, Prompts } from '../../src/ui/prompts.js';

/** select answers with `pick(choices, default)`; input with `typed` (checked by validate first). */
function prompts(pick: (choices: Choice<string>[], def: unknown) => string, typed = '') {
  const seen: { message: string; choices?: Choice<string>[]; default?: unknown }[] = [];
  const p = {
    select: (cfg: { message: string; choices: Choice<string>[]; default?: unknown }) => {
      seen.push(cfg);
      return Promise.resolve(pick(cfg.choices, cfg.default));
    },
    input: (cfg: { message: string; validate: (v: string) => true | string }) => {
      seen.push(cfg);
      const ok = cfg.validate(typed);
      return ok === true ? Promise.resolve(typed) : Promise.reject(new Error(ok));
    },
  } as unknown as Prompts;
  return { p, seen };
}

describe('askFirstCountry', () => {
  it('preselects the guess: Enter takes it', async () => {
    const { p, seen } = prompts((_c, def) => def as string);
    expect(await askFirstCountry(p, { code: 'DE', from: 'time zone' })).toBe('DE');
    expect(seen[0]).toMatchObject({ message: FIRST_COUNTRY_QUESTION, default: 'DE' });
    expect(seen[0]!.choices![0]).toMatchObject({ name: 'Germany', value: 'DE' });
  });
  it('without a guess, Enter skips', async () => {
    const { p } = prompts((_c, def) => def as string);
    expect(await askFirstCountry(p, null)).toBeNull();
  });
  it('another country by name; an unknown name is refused at the prompt', async () => {
    const other = (c: Choice<string>[]) => c.find((x) => x.name.startsWith('Another'))!.value;
    expect(await askFirstCountry(prompts(other, 'scotland').p, { code: 'DE', from: 'locale' })).toBe('UK');
    await expect(askFirstCountry(prompts(other, 'Atlantis').p, { code: 'DE', from: 'locale' })).rejects.toThrow(/does not know "Atlantis"/);
  });
});
