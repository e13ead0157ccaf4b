import { localDayKey } from '../../core/dates.js';
import { dayMeans, renderCalendar } from '../../core/calendar.js';
import { elsewhereMessage, entryDayRange } from '../../core/journal-range.js';
import { round2 } from '../../core/stats.js';
import { parseIntInRange } from '../../core/validate.js';
import type { Ctx } from '../context.js';
import type { CalendarOptions } from './define.js';

/** `peerpath calendar [--year Y]`: colour by mood when the terminal allows, digits always. */
export async function calendar(ctx: Ctx, opts: CalendarOptions): Promise<void> {
  const now = ctx.now();
  const today = localDayKey(now);
  const year = opts.year !== undefined ? parseIntInRange(opts.year, '--year', 1900, 9999) : Number(today.slice(0, 4));
  const data = await ctx.store().read();
  if (opts.json) {
    const prefix = `${year}-`;
    const days = [...dayMeans(data.entries)]
      .filter(([d]) => d.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, m]) => ({ date, mean: round2(m.mean), n: m.n }));
    ctx.out.json({ year, days });
    return;
  }
  ctx.out.data(renderCalendar(data.entries, year, { color: ctx.out.color, paint: ctx.out.c, today }).join('\n'));
  const range = entryDayRange(data.entries);
  if (range && !data.entries.some((e) => e.at.startsWith(`${year}-`))) {
    // Check-ins in other years only (an import of older data): say where.
    const latest = year > Number(range.last.slice(0, 4)) ? range.last.slice(0, 4) : range.first.slice(0, 4);
    ctx.out.info(elsewhereMessage(range, String(year), `\`peerpath calendar --year ${latest}\` shows them`)!);
  }
}
