// Everything main.ts needs after the `--version` fast path, in one module so it loads as one chunk.
export { CommanderError } from '@commander-js/extra-typings';
export { createProgram, helpNowArgv } from './cli.js';
export { createInvoke } from './commands/invoke.js';
export { isPromptCancel } from './ui/prompts.js';
export { colorLevel } from './ui/output.js';
