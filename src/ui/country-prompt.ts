import type { Prompts } from './prompts.js';

/**
 * "Which country are you in?" — a name or code, checked by `check` (the same check as `config set
 * country`), which throws a message to show when the answer does not fit. Empty keeps `current`.
 */
export async function askCountry(p: Prompts, opts: { current?: string | undefined; check: (value: string) => string }): Promise<string | null> {
  const answer = await p.input({
    message: 'Which country are you in? A name or two-letter code, e.g. Germany, UK, US',
    default: opts.current ?? '',
    validate: (v) => {
      if (v.trim() === '') return true;
      try {
        opts.check(v);
        return true;
      } catch (err) {
        return (err as Error).message;
      }
    },
  });
  return answer.trim() === '' ? null : answer;
}
