import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Where a Chromium lives on this machine, or the reason none was found. */
export type BrowserLookup = { path: string; reason?: undefined } | { path: null; reason: string };

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(): BrowserLookup {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { path: null, reason: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist` };
  }
  for (const name of candidates) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return { path };
    } catch {
      // not on PATH; try the next name
    }
  }
  return {
    path: null,
    reason: `no Chromium found (looked for ${candidates.join(', ')} on PATH and CHROMIUM_PATH); install it with "apt-get install -y chromium"`,
  };
}

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
