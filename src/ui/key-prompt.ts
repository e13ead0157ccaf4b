import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState, type Status } from '@inquirer/core';
import type { KeyChoice } from './prompts.js';

/**
 * A question answered with one key: the choices are listed with their keys, and pressing a key
 * answers at once (no Enter). Ctrl+C cancels like every Inquirer prompt (ExitPromptError).
 */
export const keyPrompt = createPrompt<unknown, { message: string; choices: readonly KeyChoice<unknown>[]; theme?: object }>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<Status>('idle');
  const [picked, setPicked] = useState<KeyChoice<unknown> | undefined>(undefined);
  const [hint, setHint] = useState(false);
  const prefix = usePrefix({ status, theme });
  useKeypress((key, rl) => {
    const choice = config.choices.find((c) => c.key === key.name);
    rl.clearLine(0);
    if (choice) {
      setPicked(choice);
      setStatus('done');
      done(choice.value);
    } else if (isEnterKey(key) || key.name) {
      setHint(true);
    }
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done' && picked) return `${prefix} ${message} ${theme.style.answer(`${picked.key} ${picked.name}`)}`;
  const list = config.choices.map((c) => `  ${theme.style.highlight(c.key)} ${c.name}`).join('\n');
  const keys = config.choices.map((c) => c.key);
  const tip = hint ? `\n${theme.style.help(`Press ${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}.`)}` : '';
  return `${prefix} ${message}\n${list}${tip}`;
});
