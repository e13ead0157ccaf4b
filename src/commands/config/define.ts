import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const getCommand = (config: Parent) =>
  config.command('get').argument('<key>').option('--json', 'print as JSON').description('show one setting')
    .addHelpText('before', examples('peerpath config get country', 'peerpath config get country --json'));
export type ConfigGetOptions = OptionsOf<typeof getCommand>;

const listCommand = (config: Parent) =>
  config.command('list', { isDefault: true }).option('--json', 'print as JSON').description('all settings')
    .addHelpText('before', examples('peerpath config list', 'peerpath config list --json'));
export type ConfigListOptions = OptionsOf<typeof listCommand>;

/** `peerpath config` get / set / unset / list: see ./run.ts. */
export function defineConfig(parent: Parent, invoke: Invoke): void {
  const config = parent
    .command('config')
    .description('settings (country, remind)')
    .addHelpText('before', examples('peerpath config set country UK', 'peerpath config get country', 'peerpath config list'));
  getCommand(config).action((key, opts, cmd) => invoke(cmd, run, 'configGet', key, opts));
  config.command('set').argument('<key>').argument('<value>').description('change a setting')
    .addHelpText('before', examples('peerpath config set country UK', 'peerpath config set country ca     # stored as CA'))
    .action((key, value, _opts, cmd) => invoke(cmd, run, 'configSet', key, value));
  config.command('unset').argument('<key>').description('clear a setting')
    .addHelpText('before', examples('peerpath config unset country'))
    .action((key, _opts, cmd) => invoke(cmd, run, 'configUnset', key));
  listCommand(config).action((opts, cmd) => invoke(cmd, run, 'configList', opts));
}
