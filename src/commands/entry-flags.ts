import type { Command, OptionValues } from '@commander-js/extra-typings';

/** The entry flags shared by `checkin` and `journal edit`; returns the command with their types added. */
export function addEntryFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Command<A, O, G>) {
  return cmd
    .option('--mood <n>', 'mood, 1 (very low) to 10 (very good)')
    .option('--energy <n>', 'energy, 1 to 5')
    .option('--anxiety <n>', 'anxiety, 1 to 5')
    .option('--sleep <hours>', 'hours slept, 0 to 24')
    .option('--emotions <list>', 'feeling words, comma-separated')
    .option('--tags <list>', 'tags, comma-separated')
    .option('--note <text>', 'a note; `-` reads it from standard input (keeps it out of shell history)')
    .option('--editor', 'write the note in $VISUAL or $EDITOR (a temporary file in the data folder, removed after)')
    .option('--attended <ids>', 'program ids of groups you went to, comma-separated')
    .option('--at <when>', 'when: 2026-11-20, "yesterday 21:00", "2 hours ago", "3 days ago", "last week" (7 days ago), "last monday"')
    .option('--private', 'keep this entry out of exports')
    .option('--json', 'print the saved entry as JSON');
}

/** What the entry flags parse to (typed from the flag strings above). */
export type EntryFlags = ReturnType<ReturnType<typeof addEntryFlags<[], {}, {}>>['opts']>;
