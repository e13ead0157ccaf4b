import type { Prompts } from './prompts.js';

/**
 * "Which country are you in?" — two letters, checked by `check` (the same check as `config set
 * country`), which throws a message to show when the answer does not fit. Empty keeps `current`.
 */
export async function askCountry(p: Prompts, opts: { current?: string | undefined; check: (value: string) => string }): Promise<string | null> {
  const answer = await p.input({
    message: 'Which country are you in? Two letters, e.g. US, UK, CA, IE, AU, NZ',
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
