import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Browser tests render in Debian's Chromium through playwright-core (no browser download). Without
 * it they are skipped with one line saying how to run them, unless PEERPATH_REQUIRE_BROWSER=1 (set
 * by .ci/run), which makes a missing browser a failure.
 */
export const CHROMIUM = process.env.PEERPATH_CHROMIUM || '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);
export const REQUIRE_BROWSER = process.env.PEERPATH_REQUIRE_BROWSER === '1';
/** For `it.skipIf(SKIP_BROWSER)`. */
export const SKIP_BROWSER = !HAVE_BROWSER && !REQUIRE_BROWSER;
export const SKIP_BROWSER_LINE = `skipped: no Chromium at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set PEERPATH_CHROMIUM=/path/to/chromium to run the browser test`;

/** Headless Chromium; a clear failure when it is required and missing. */
export async function launchChromium(): Promise<Browser> {
  if (!HAVE_BROWSER) throw new Error(`PEERPATH_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}: apt-get install chromium, or set PEERPATH_CHROMIUM`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
