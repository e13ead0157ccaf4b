import type { ChalkInstance } from 'chalk';
import { toLocalIso } from '../../core/dates.js';
import type { JournalData } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { changeSince } from '../../core/questionnaires/history.js';
import { QUESTIONNAIRES } from '../../core/questionnaires/items.js';
import { needsSafetyPath, parseAnswers, parseKind } from '../../core/questionnaires/score.js';
import { loadCrisisLines } from '../../directory/load.js';
import { INTERNATIONAL } from '../../directory/vocab.js';
import { saveQuestionnaireResult } from '../../store/questionnaires.js';
import { renderCrisisLineShort } from '../../ui/directory-render.js';
import { askQuestionnaire } from '../../ui/questionnaire-prompts.js';
import { renderIntro, renderResult, renderResultList, type HelpLines } from '../../ui/questionnaire-render.js';
import type { Ctx } from '../context.js';
import type { QuestionnaireListOptions, QuestionnaireOptions } from './define.js';


/**
 * The plan and the help-now short form for the safety path. Never throws: help must not depend on
 * the journal or the data files being perfect.
 */
function helpLines(c: ChalkInstance, data: JournalData | null, width: number): HelpLines {
  try {
    const country = data?.config.country ?? null;
    const all = loadCrisisLines();
    const local = country ? all.filter((l) => l.country === country).slice(0, 1) : [];
    const lines = local.length ? local : all.filter((l) => l.country === INTERNATIONAL).slice(0, 1);
    return {
      plan: [],
      shortForm: [
        'People you can reach now:',
        ...lines.flatMap((l) => renderCrisisLineShort(c, l, width)),
        'More lines, for where you are: `peerpath help-now`.',
      ],
    };
  } catch {
    return { plan: [], shortForm: ['More lines, for where you are: `peerpath help-now`.'] };
  }
}

/**
 * `peerpath questionnaire KIND [--answers 0,1,…] [--json]`: asks (or takes --answers), saves, then
 * shows the result. With --json the saved result is the only thing on stdout and the screen goes
 * to stderr, so the safety path still shows.
 */
export async function questionnaire(ctx: Ctx, kindText: string, opts: QuestionnaireOptions): Promise<void> {
  const kind = parseKind(kindText);
  const def = QUESTIONNAIRES[kind];
  let given: { answers: number[]; difficulty?: number };
  if (opts.answers !== undefined) {
    given = parseAnswers(def, opts.answers);
  } else if (ctx.interactive) {
    ctx.out.info(renderIntro(ctx.out.ce, kind).join('\n') + '\n');
    given = await askQuestionnaire(await ctx.prompts(), kind);
  } else {
    throw usageError(
      `Pass the answers with --answers (${def.items.length} values from 0 to 3, separated by commas), or run this in a terminal.`,
      `For example: peerpath questionnaire ${kind} --answers ${def.items.map(() => '0').join(',')}`,
    );
  }
  const store = ctx.store();
  const { result, previous } = await saveQuestionnaireResult(store, kind, { at: toLocalIso(ctx.now()), ...given });
  if (opts.json) ctx.out.json(result);
  const data = needsSafetyPath(def, result.answers) ? await store.read().catch(() => null) : null;
  const c = opts.json ? ctx.out.ce : ctx.out.c;
  const screen = renderResult(c, result, changeSince(previous, result), helpLines(c, data, ctx.out.width), ctx.out.width);
  if (opts.json) ctx.out.info(screen.join('\n'));
  else ctx.out.data(screen.join('\n'));
}

/** `peerpath questionnaire list [--json]`: every result, per kind, with a small trend. */
export async function questionnaireList(ctx: Ctx, opts: QuestionnaireListOptions): Promise<void> {
  const data = await ctx.store().read();
  const all = data.questionnaires ?? [];
  if (opts.json) {
    // Oldest first across kinds (stored order for the same moment).
    ctx.out.json([...all].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)));
    return;
  }
  if (!all.length) {
    ctx.out.info('No questionnaires yet. `peerpath questionnaire phq9` (or gad7, phq2, gad2) takes a few minutes.');
    return;
  }
  ctx.out.data(renderResultList(ctx.out.c, all).join('\n'));
}
