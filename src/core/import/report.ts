import { entryDayRange, rangeWords } from '../journal-range.js';
import type { ImportPlan, ParsedImport } from './common.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Names people know for the journal's other keys; any other key is shown as it is. */
const KEY_WORDS: Record<string, string> = { config: 'settings', plan: 'plan', questionnaires: 'questionnaire results' };
const keyWords = (keys: readonly string[]) => keys.map((k) => KEY_WORDS[k] ?? `"${k}"`).join(', ');

export interface ImportReportInput {
  file: string;
  dryRun: boolean;
  parsed: Pick<ParsedImport, 'duplicates' | 'invalidRows'>;
  plan: ImportPlan;
}

/**
 * What an import says when it is done (on stderr): one closing line (how many entries, the days
 * they cover, the rest in a few words), then what to run to see them, then anything that was kept
 * or set again. The first line starts with "Imported" when the journal changed.
 */
export function importReport({ file, dryRun, parsed, plan }: ImportReportInput): string[] {
  const range = entryDayRange(plan.added);
  const added = `${plural(plan.added.length, 'new entry', 'new entries')}${range ? ` (${rangeWords(range)})` : ''}`;
  const rest: string[] = [];
  if (plan.skipped) rest.push(`${plan.skipped} already in your journal`);
  if (parsed.duplicates) rest.push(`${plural(parsed.duplicates, 'row', 'rows')} repeated exactly in the file`);
  if (parsed.invalidRows) rest.push(`${plural(parsed.invalidRows, 'invalid row', 'invalid rows')} skipped`);
  if (plan.savedAdded.length) rest.push(plural(plan.savedAdded.length, 'saved program', 'saved programs'));
  if (plan.mineAdded.length) rest.push(`${plan.mineAdded.length} of your own ${plan.mineAdded.length === 1 ? 'group' : 'groups'}`);
  const other = Object.keys(plan.otherChanged);
  if (other.length) rest.push(`your ${keyWords(other)}`);
  const lines: string[] = [];
  const changes = plan.added.length + plan.corrected.length + plan.savedAdded.length + plan.mineAdded.length + other.length > 0;
  if (dryRun) {
    lines.push(`Dry run: importing ${file} would add ${[added, ...rest].join(', ')}. Nothing was changed.`);
  } else if (changes) {
    lines.push(`Imported from ${file}: ${[added, ...rest].join(', ')}.`);
  } else {
    lines.push(`Nothing new in ${file}: ${rest.join(', ') || 'it has no entries'}. Your journal was not changed.`);
  }
  if (range && !dryRun) {
    const journal = `peerpath journal --from ${range.first}${range.first !== range.last ? ` --to ${range.last}` : ''}`;
    lines.push(`See them with \`${journal}\`, or \`peerpath stats --all\`.`);
  }
  if (plan.corrected.length) {
    lines.push(`${dryRun ? 'Would set' : 'Set'} the mood level of ${plural(plan.corrected.length, 'entry', 'entries')} already here again, from --mood-map.`);
  }
  if (plan.moodOnly) {
    lines.push(`${plural(plan.moodOnly, 'entry', 'entries')} already here ${plan.moodOnly === 1 ? 'has' : 'have'} another mood level than the file gives; naming ${plan.moodOnly === 1 ? 'its mood' : 'their moods'} in --mood-map sets the level again.`);
  }
  const differing = plan.differing - plan.moodOnly;
  if (differing) lines.push(`${plural(differing, 'entry', 'entries')} already here ${differing === 1 ? 'differs' : 'differ'} from the file; your journal's ${differing === 1 ? 'version was' : 'versions were'} kept.`);
  if (plan.otherKept.length) lines.push(`Where the file's ${keyWords(plan.otherKept)} differ from yours, yours were kept.`);
  return lines;
}
