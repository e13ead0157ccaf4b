import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** E2E tests run the built binary: build it once (skipped when dist/ is up to date). */
export default function setup(): void {
  const script = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
  execFileSync(process.execPath, [script, '--if-needed'], { stdio: 'inherit' });
}
