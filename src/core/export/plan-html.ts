/**
 * The plan as a one-page HTML card: self-contained (no scripts, no requests: the
 * Content-Security-Policy forbids them), every stored string escaped, sized for a phone screen and
 * for one printed page.
 */
import { localDayKey } from '../dates.js';
import { itemText, PLAN_SECTIONS, type Plan } from '../plan.js';
import { formatDay } from '../stats-render.js';
import { escapeHtml } from './html.js';
import { PLAN_CARD_INTRO, PLAN_CARD_TITLE, type PlanCardInput } from './plan-md.js';

/** How the plan's sections look, on the card and inside an html export. */
export const PLAN_SECTION_CSS = `
section.step { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: .5rem; padding: .55rem .9rem; margin: .7rem 0; break-inside: avoid; }
section.step h2 { font-size: 1rem; font-weight: 600; margin: 0 0 .25rem; padding: 0; border: 0; }
section.step ol { margin: 0; padding-left: 1.4rem; }
section.step li { margin: .1rem 0; overflow-wrap: anywhere; }
.blank { border-bottom: 1px dotted var(--line); height: 1.5rem; }
`;

const CARD_CSS = `
:root { --ink: #26282b; --muted: #5f6670; --line: #dcd9d2; --paper: #fbfaf7; --card: #fff; --accent: #21908d; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem 2.5rem; }
h1 { font-size: 1.45rem; font-weight: 600; margin: 0 0 .3rem; }
.intro, footer { color: var(--muted); font-size: .92rem; }
${PLAN_SECTION_CSS}
section.help { border-left-color: #8a5a00; }
footer { margin-top: 1.2rem; font-size: .8rem; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { background: #fff; font-size: 10.5pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  section.step { margin: .35rem 0; padding: .35rem .7rem; border-color: #bbb; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1 { font-size: 15pt; }
}
`;

/** Every section as HTML; an empty one gets two blank lines to write on by hand. */
export function planHtmlSections(plan: Plan): string[] {
  return PLAN_SECTIONS.map((s) => {
    const items = plan[s.key];
    const body = items.length
      ? `<ol>${items.map((i) => `<li>${escapeHtml(itemText(i))}</li>`).join('')}</ol>`
      : '<div class="blank" aria-label="nothing written yet"></div><div class="blank"></div>';
    return `<section class="step" id="plan-${s.key}"><h2>${escapeHtml(s.title)}</h2>${body}</section>`;
  });
}

/** The card as one HTML document. */
export function planCardHtml(input: PlanCardInput): string {
  const h: string[] = ['<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">'];
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  h.push('<meta name="referrer" content="no-referrer">', '<meta name="generator" content="peerpath">');
  h.push(`<title>${PLAN_CARD_TITLE}</title>`, `<style>${CARD_CSS}</style>`, '</head>', '<body>', '<main>');
  h.push(`<h1>${PLAN_CARD_TITLE}</h1>`, `<p class="intro">${PLAN_CARD_INTRO}</p>`);
  h.push(...planHtmlSections(input.plan));
  if (input.help?.length) {
    h.push(`<section class="step help" id="plan-help"><h2>Help right now</h2><ul>${input.help.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>`);
  }
  h.push(`<footer>Updated ${formatDay(localDayKey(input.now))} with peerpath.</footer>`, '</main>', '</body>', '</html>', '');
  return h.join('\n');
}
