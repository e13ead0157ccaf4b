import { parseDay } from '../../core/dates.js';
import { allPeriod, elsewhereMessage, entryDayRange, resolvePeriodOrAll } from '../../core/journal-range.js';
import { stalePhq9Days, summarizeQuestionnaires } from '../../core/questionnaires/history.js';
import { computeStats } from '../../core/stats.js';
import { renderStats } from '../../core/stats-render.js';
import { stalePhq9Line } from '../../ui/questionnaire-render.js';
import { safeLine } from '../../ui/render.js';
import type { Ctx } from '../context.js';
import { programName } from '../programs/lookup.js';
import type { StatsOptions } from './define.js';

/** `peerpath stats`: a period (default the last 30 days, or --all), private entries included (it is your own view). */
export async function stats(ctx: Ctx, opts: StatsOptions): Promise<void> {
  const now = ctx.now();
  const asked = resolvePeriodOrAll(opts, now, '30d', parseDay);
  const data = await ctx.store().read();
  const period = asked ?? allPeriod(data.entries);
  const s = computeStats(data.entries, period);
  if (opts.json) {
    ctx.out.json({ ...s, period: { ...s.period, label: period.label }, questionnaires: summarizeQuestionnaires(data.questionnaires ?? [], period) });
    return;
  }
  // One quiet line when the last PHQ-9 is more than two weeks old; nothing more.
  const staleDays = stalePhq9Days(data.questionnaires ?? [], now);
  const staleNote = () => staleDays !== null && ctx.out.info(ctx.out.ce.dim(stalePhq9Line(staleDays)));
  if (!data.entries.length) {
    ctx.out.info('No check-ins yet. Run `peerpath checkin` when you are ready, and come back here after a few days.');
    staleNote();
    return;
  }
  if (s.count === 0) {
    // Check-ins elsewhere (an import of older years): say where, and how to see them.
    const elsewhere = elsewhereMessage(entryDayRange(data.entries), period.label, '`peerpath stats --all` shows them all, or pick days with --from and --to');
    if (elsewhere) {
      ctx.out.info(elsewhere);
      staleNote();
      return;
    }
  }
  ctx.out.data(
    renderStats(s, {
      paint: ctx.out.c,
      label: period.label,
      clean: safeLine,
      programName: (id) => programName(id, data),
      width: ctx.out.width,
    }).join('\n'),
  );
  staleNote();
}
