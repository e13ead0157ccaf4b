/** Quoting words for the shells peerpath writes scripts for. */

const PLAIN = /^[\w@%+=:,./-]+$/;

/** Quote one word for a POSIX shell (bash, zsh, sh, cron's /bin/sh). */
export function shQuote(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Quote one word for fish (inside single quotes only \\ and \' are special). */
export function fishQuote(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
