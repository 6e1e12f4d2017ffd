/**
 * Finds a Chromium-family browser (Chromium, Chrome, Edge) on Windows, macOS or Linux, or takes an
 * explicit path from LKJIP_BROWSER (or CHROME_PATH). We never download a browser.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export function kandidatPeramban(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const explicit = [env.LKJIP_BROWSER, env.CHROME_PATH].filter((p): p is string => !!p);
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((p): p is string => !!p);
    return [
      ...explicit,
      ...roots.flatMap((r) => [
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...explicit,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    ...explicit,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

export function cariPeramban(): string {
  const list = kandidatPeramban();
  const found = list.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Tidak menemukan peramban Chrome, Edge atau Chromium untuk membuat PDF.\n' +
        `Sudah dicari di:\n${list.map((p) => `  - ${p}`).join('\n')}\n` +
        'Pasang Google Chrome atau Microsoft Edge, atau tulis lokasinya di variabel lingkungan LKJIP_BROWSER.',
    );
  }
  return found;
}

/**
 * Switches that keep Chromium off the network while printing. The page's own requests outside the
 * local server are blocked and reported by scripts/lib/pdf.ts; these stop the browser's: update
 * checks, field trials and variations, sync and account services, safe browsing, metrics, DNS
 * prefetching. And a proxy to nowhere (the discard port of 127.0.0.1) catches whatever is left, with
 * only the loopback addresses, where our server listens, bypassing it.
 */
export const ARGUMEN_PERAMBAN = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--metrics-recording-only',
  '--disable-field-trial-config',
  '--disable-variations-seed-fetch',
  '--variations-server-url=http://127.0.0.1:9/',
  '--disable-features=OptimizationHints,MediaRouter,Translate,NetworkTimeServiceQuerying,CertificateTransparencyComponentUpdater,AutofillServerCommunication,InterestFeedContentSuggestions,CalculateNativeWinOcclusion,DialMediaRouteProvider,SafeBrowsing',
  '--dns-prefetch-disable',
  '--disable-quic',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=127.0.0.1;localhost',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Headless, no network (see ARGUMEN_PERAMBAN), a fresh profile. */
export async function bukaPeramban(): Promise<Browser> {
  return chromium.launch({ executablePath: cariPeramban(), headless: true, args: ARGUMEN_PERAMBAN });
}
