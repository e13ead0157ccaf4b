import { usageError } from '../../core/errors.js';
import { filterPrograms } from '../../directory/filter.js';
import { loadPrograms } from '../../directory/load.js';
import { renderProgram } from '../../ui/directory-render.js';
import { askFilters, describeFilters } from '../../ui/program-prompts.js';
import type { Ctx } from '../context.js';
import type { ProgramsBrowseOptions } from './define.js';
import { programsSave, programsUnsave } from './saved.js';
import { filtersFromFlags } from './shared.js';

/** `programs browse`: pick filters, move through results, open one, save it. Needs a terminal. */
export async function programsBrowse(ctx: Ctx, opts: ProgramsBrowseOptions): Promise<void> {
  if (!ctx.interactive) {
    throw usageError('`programs browse` needs a terminal. Use `peerpath programs` with filters instead, e.g. `peerpath programs --format online --country UK`.');
  }
  const p = await ctx.prompts();
  let filters = filtersFromFlags(opts);
  const all = loadPrograms();
  for (;;) {
    const results = filterPrograms(all, filters);
    const data = await ctx.store().read();
    const summary = describeFilters(filters);
    const choice = await p.select<string>({
      message: `${results.length} programs${summary ? ` (${summary})` : ''}. Pick one, or change the filters:`,
      choices: [
        { name: 'Change filters…', value: ':filters' },
        ...results.map((r) => ({ name: `${data.saved.includes(r.id) ? '* ' : '  '}${r.name}`, value: r.id, description: r.description })),
        { name: 'Done', value: ':done' },
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
    if (action === 'toggle') await (isSaved ? programsUnsave(ctx, program.id) : programsSave(ctx, program.id));
    if (action === 'done') return;
  }
}
