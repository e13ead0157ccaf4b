import { ExitCode, PeerpathError, usageError } from '../../core/errors.js';
import { describeFilters, filtersFromFlags } from '../../directory/facets.js';
import { filterPrograms } from '../../directory/filter.js';
import { loadPrograms } from '../../directory/load.js';
import type { Program } from '../../directory/schema.js';
import { renderProgram } from '../../ui/directory-render.js';
import { askFilters } from '../../ui/program-prompts.js';
import { isPromptCancel } from '../../ui/prompts.js';
import type { Ctx } from '../context.js';
import type { ProgramsBrowseOptions } from './define.js';
import { programsSave, programsUnsave } from './saved.js';

/** What Ctrl+C says when the person saved or unsaved programs before it: those changes are kept. */
export function keptMessage(saved: readonly Program[], unsaved: readonly Program[]): string {
  const parts = [
    saved.length ? `saved ${saved.map((p) => p.name).join(', ')}` : '',
    unsaved.length ? `took ${unsaved.map((p) => p.name).join(', ')} off your list` : '',
  ].filter(Boolean);
  return `Stopped browsing. Kept what you did: ${parts.join('; ')}. Your list: \`peerpath programs --saved\`.`;
}

/** `programs browse`: pick filters, move through results, open one, save it. Needs a terminal. */
export async function programsBrowse(ctx: Ctx, opts: ProgramsBrowseOptions): Promise<void> {
  if (!ctx.interactive) {
    throw usageError('`programs browse` needs a terminal. Use `peerpath programs` with filters instead, e.g. `peerpath programs --format online --country UK`.');
  }
  const p = await ctx.prompts();
  let filters = filtersFromFlags(opts);
  const all = loadPrograms();
  const saved: Program[] = [];
  const unsaved: Program[] = [];
  try {
    for (;;) {
      const results = filterPrograms(all, filters);
      const data = await ctx.store().read();
      const summary = describeFilters(filters);
      const choice = await p.select<string>({
        message: `${results.length} programs${summary ? ` (${summary})` : ''}. Pick one, or change the filters:`,
        choices: [
          { name: 'Done', value: ':done' },
          { name: 'Change filters…', value: ':filters' },
          ...results.map((r) => ({ name: `${data.saved.includes(r.id) ? '* ' : '  '}${r.name}`, value: r.id, description: r.description })),
        ],
        pageSize: 12,
      });
      if (choice === ':done') return;
      if (choice === ':filters') {
        filters = await askFilters(p, filters);
        continue;
      }
      const program = all.find((x) => x.id === choice)!;
      const isSaved = data.saved.includes(program.id);
      ctx.out.info(renderProgram(ctx.out.ce, program, { saved: isSaved, width: ctx.out.width }));
      const action = await p.select({
        message: 'Now?',
        choices: [
          { name: isSaved ? 'Unsave it' : 'Save it', value: 'toggle' },
          { name: 'Back to the list', value: 'back' },
          { name: 'Done', value: 'done' },
        ],
      });
      if (action === 'toggle') {
        const [done, undone] = isSaved ? [unsaved, saved] : [saved, unsaved];
        await (isSaved ? programsUnsave(ctx, program.id) : programsSave(ctx, program.id));
        // Saving and then unsaving the same program leaves nothing to report for it.
        const i = undone.indexOf(program);
        if (i >= 0) undone.splice(i, 1);
        else done.push(program);
      }
      if (action === 'done') return;
    }
  } catch (err) {
    // Ctrl+C: the saves already made are kept, so say so instead of "Nothing was saved".
    if (isPromptCancel(err) && (saved.length || unsaved.length)) throw new PeerpathError(keptMessage(saved, unsaved), ExitCode.cancelled);
    throw err;
  }
}
