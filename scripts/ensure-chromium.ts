// Makes sure a Chromium is there for the browser tests; installs Debian's package when root.
import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/support/chromium.ts';

if (!findChromium()) {
	const isRoot = process.getuid?.() === 0;
	const hasApt = (() => {
		try {
			execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	})();
	if (isRoot && hasApt) {
		console.log("Chromium not found: installing Debian's chromium package (apt-get)...");
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
	}
	if (!findChromium()) {
		console.error(
			'Browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
		);
		process.exit(1);
	}
}
