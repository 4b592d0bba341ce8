import { existsSync } from 'node:fs';
import { chromePath } from '../../src/lib/site/env.ts';

const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: `CHROME_PATH` when set, else the first system install found. */
export function findChromium(): string | undefined {
	const fromEnv = chromePath(process.env);
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return candidates.find((candidate) => existsSync(candidate));
}

/** Flags for a quiet headless Chromium on a machine with no outside network. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];
