import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium, or null when it is missing and PEERPATH_SKIP_BROWSER=1 says that is fine (the
 * test then returns early). Missing without that: an error saying how to install it.
 */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.PEERPATH_SKIP_BROWSER === '1') return null;
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set PEERPATH_SKIP_BROWSER=1)`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
