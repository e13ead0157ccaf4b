// Everything main.ts needs after the `--version` fast path, in one module so it loads as one chunk.
export { CommanderError } from 'commander';
export { createProgram } from './cli.js';
export { createDispatch } from './commands/index.js';
export { isPromptCancel } from './ui/prompts.js';
export { colorLevel } from './ui/output.js';
