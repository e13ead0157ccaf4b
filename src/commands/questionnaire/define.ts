import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const answerCommand = (parent: Parent) =>
  parent
    .command('questionnaire')
    .alias('q')
    .description('a validated questionnaire (PHQ-9, GAD-7, PHQ-2, GAD-2): one key per question, the total, never a diagnosis')
    .argument('<kind>', 'phq9, gad7, phq2 or gad2')
    .option('--answers <list>', 'without prompts: one value 0–3 per item, comma-separated (PHQ-9: an optional 10th for the difficulty question)')
    .option('--json', 'print the saved result as JSON')
    .addHelpText('before', examples(
      'peerpath questionnaire phq9            # 9 questions about the last 2 weeks',
      'peerpath q gad7',
      'peerpath q phq2 --answers 1,0 --json',
      'peerpath questionnaire list',
    ))
    .addHelpText('after', [
      '',
      'Answers: 0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day.',
      'The wording is the authors\' own. PHQ-9 and GAD-7 were developed by Drs. Robert L. Spitzer,',
      'Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
      'A score is not a diagnosis. If you need someone to talk to now: peerpath help-now.',
    ].join('\n'));
export type QuestionnaireOptions = OptionsOf<typeof answerCommand>;

const listCommand = (questionnaire: Parent) =>
  questionnaire
    .command('list')
    .description('your past results, with a small trend per questionnaire')
    .option('--json', 'print a JSON array of results, oldest first')
    .addHelpText('before', examples('peerpath questionnaire list', 'peerpath q list --json'));
export type QuestionnaireListOptions = OptionsOf<typeof listCommand>;

/** `peerpath questionnaire KIND` (alias `q`) and `questionnaire list`: see ./run.ts. */
export function defineQuestionnaire(parent: Parent, invoke: Invoke): void {
  const questionnaire = answerCommand(parent).action((kind, opts, cmd) => invoke(cmd, run, 'questionnaire', kind, opts));
  listCommand(questionnaire).action((opts, cmd) => invoke(cmd, run, 'questionnaireList', opts));
}
