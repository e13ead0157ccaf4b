import { describe, expect, it } from 'vitest';
import { isConflictCopy } from '../../src/store/sync.js';

describe('conflict copies a sync tool leaves', () => {
  it.each([
    'peerpath-journal.sync-conflict-20261130-101500-ABCDEFG.json', // Syncthing
    "peerpath-journal (Sam's conflicted copy 2026-11-30).json", // Dropbox
    'peerpath-journal (conflicted copy 2026-11-30 101500).json', // Nextcloud
  ])('%s is one', (name) => expect(isConflictCopy(name)).toBe(true));

  it.each(['peerpath-journal.json', 'peerpath-journal.json.bak', 'notes (conflicted copy 2026-11-30).json', 'peerpath-journal.sync-conflict-x.json', '.peerpath-journal.json.123.tmp'])(
    '%s is not',
    (name) => expect(isConflictCopy(name)).toBe(false),
  );

  it('knows copies of the journal file itself', () => {
    expect(isConflictCopy('journal.sync-conflict-20261130-101500-ABCDEFG.json', 'journal')).toBe(true);
    expect(isConflictCopy('journal.json', 'journal')).toBe(false);
  });
});
