import { addEntryFlags } from '../entry-flags.js';
import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const checkinCommand = (parent: Parent) =>
  addEntryFlags(
    parent
      .command('checkin')
      .description('log how you feel: guided prompts in a terminal, or flags')
      .argument('[mood]', 'your mood, 1 (very low) to 10 (very good): the same as --mood')
      .addHelpText('before', examples(
        'peerpath checkin                                  # guided: mood, then extras you can skip with Enter',
        'peerpath checkin 6                                # just the mood, in one word',
        'peerpath checkin 6 --tags walk --editor           # the note in your $EDITOR',
        'peerpath checkin --mood 4 --tags sleep,walk --energy 2',
        'peerpath checkin --mood 6 --note - < note.txt     # the note from a file or a pipe',
        'peerpath checkin --mood 5 --at "yesterday 21:00"',
      )),
  );
export type CheckinOptions = OptionsOf<typeof checkinCommand>;

/** `peerpath checkin`: see ./run.ts. */
export function defineCheckin(parent: Parent, invoke: Invoke): void {
  checkinCommand(parent).action((mood, opts, cmd) => invoke(cmd, run, 'checkin', opts, mood));
}
