import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitShellWords } from '../../src/core/shell-words.js';

describe('splitShellWords', () => {
  it('splits at blanks and honours quotes and backslashes like a shell', () => {
    expect(splitShellWords('vim')).toEqual(['vim']);
    expect(splitShellWords('  code   --wait ')).toEqual(['code', '--wait']);
    expect(splitShellWords('"/opt/My Editor/bin/ed" -f')).toEqual(['/opt/My Editor/bin/ed', '-f']);
    expect(splitShellWords("'/opt/My Editor/ed' --x='a b'")).toEqual(['/opt/My Editor/ed', '--x=a b']);
    expect(splitShellWords('/opt/My\\ Editor/ed')).toEqual(['/opt/My Editor/ed']);
    expect(splitShellWords('emacs -nw "say \\"hi\\" \\$HOME"')).toEqual(['emacs', '-nw', 'say "hi" $HOME']);
    expect(splitShellWords('a""b \'\'')).toEqual(['ab', '']);
    expect(splitShellWords('less $LESSOPEN ~ *')).toEqual(['less', '$LESSOPEN', '~', '*']); // no expansion
    expect(splitShellWords('')).toEqual([]);
  });
  it('returns null for an unterminated quote or a trailing backslash', () => {
    for (const bad of ['"vim', "'vim", 'vim\\', 'a "b\\"']) expect(splitShellWords(bad)).toBeNull();
  });
  it('round-trips any words quoted the POSIX way', () => {
    const quote = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 5 }), (words) => {
        expect(splitShellWords(words.map(quote).join(' '))).toEqual(words);
      }),
    );
  });
});
