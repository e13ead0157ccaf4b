// `peerpath remind --if-due` runs at every shell prompt. scripts/build.mjs bundles this entry into
// one file (dist/if-due.js, no shared chunks), so main.ts loads a single module for it.
export { answerIfDue } from './commands/remind/if-due.js';
