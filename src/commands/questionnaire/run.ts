import type { ChalkInstance } from 'chalk';
import { toLocalIso } from '../../core/dates.js';
import type { JournalData } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { changeSince } from '../../core/questionnaires/history.js';
import { QUESTIONNAIRES } from '../../core/questionnaires/items.js';
import { needsSafetyPath, parseAnswers, parseKind } from '../../core/questionnaires/score.js';
import { wrapText } from '../../core/text.js';
import { saveQuestionnaireResult } from '../../store/questionnaires.js';
import { askQuestionnaire } from '../../ui/questionnaire-prompts.js';
import { safeLine } from '../../ui/render.js';
import { renderIntro, renderResult, renderResultList, type HelpLines } from '../../ui/questionnaire-render.js';
import type { Ctx } from '../context.js';
import type { QuestionnaireListOptions, QuestionnaireOptions } from './define.js';

const MORE_HELP = 'More ways to reach someone: `peerpath help-now`';

/**
 * The safety path's plan and help-now short form, from help-now's own view (the configured or
 * guessed country, its emergency number and first line, the plan). Never throws: help must not
 * depend on the journal or the data files being perfect.
 */
async function helpLines(ctx: Ctx, c: ChalkInstance, data: JournalData | null, width: number): Promise<HelpLines> {
  try {
    const [{ helpNowView }, { crisisLineBrief, renderLowMoodBlock, renderPlanShort }] = await Promise.all([
      import('../help-now/run.js'),
      import('../../ui/help-now.js'),
    ]);
    const view = await helpNowView(ctx, data ? { data } : {});
    const w = Math.max(40, Math.min(width, 100));
    const emergency = view.emergency
      ? `In an emergency call ${safeLine(view.emergency.number)}.`
      : 'In an emergency, call your local emergency number (112 works in many countries).';
    // No line for the country (none set, or none listed): the international directory instead.
    const anywhere = !view.lines.length && view.international[0] ? wrapText(`Someone to talk to now: ${crisisLineBrief(view.international[0])}`, w) : [];
    return {
      plan: renderPlanShort(c, view.plan, w, 3),
      shortForm: [...wrapText(emergency, w), ...anywhere, ...renderLowMoodBlock({ ...view, plan: null }, w)],
    };
  } catch {
    return { plan: [], shortForm: ['In an emergency, call your local emergency number.', MORE_HELP] };
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
  const c = opts.json ? ctx.out.ce : ctx.out.c;
  const help = needsSafetyPath(def, result.answers) ? await helpLines(ctx, c, await store.read().catch(() => null), ctx.out.width) : { plan: [], shortForm: [] };
  const screen = renderResult(c, result, changeSince(previous, result), help, ctx.out.width);
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
