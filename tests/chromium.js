/**
 * Debian's Chromium for every browser run (tests, framework hosts, the benchmark); nothing here
 * downloads a browser. Without the background-networking flags Chromium reaches for Google's hosts at
 * start, which a closed CI network refuses.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
