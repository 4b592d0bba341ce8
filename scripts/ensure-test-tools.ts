// Makes sure the programs the tests drive are there: Chromium (browser tests), a Java runtime (the
// W3C Nu HTML Checker) and curl with jq (the Data page's shell example). As root with apt, installs
// Debian's packages for whatever is missing; otherwise stops with one line naming what to install.
import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/support/chromium.ts';

/** Whether a command runs (`<command> <args>` exits 0). */
function runs(command: string, args: string[]): boolean {
	try {
		execFileSync(command, args, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const tools = [
	{
		name: 'Chromium',
		found: () => Boolean(findChromium()),
		debian: 'chromium',
		why: 'the browser tests (or set CHROME_PATH to a Chromium or Chrome binary)',
	},
	{ name: 'Java', found: () => runs('java', ['-version']), debian: 'default-jre-headless', why: 'the Nu HTML Checker' },
	{ name: 'curl', found: () => runs('curl', ['--version']), debian: 'curl', why: 'the Data page’s example' },
	{ name: 'jq', found: () => runs('jq', ['--version']), debian: 'jq', why: 'the Data page’s example' },
];

let missing = tools.filter((tool) => !tool.found());
if (missing.length > 0 && process.getuid?.() === 0 && runs('apt-get', ['--version'])) {
	const packages = missing.map((tool) => tool.debian);
	console.log(`Installing Debian's ${packages.join(', ')} for the tests (apt-get)...`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
	missing = missing.filter((tool) => !tool.found());
}
for (const tool of missing) {
	console.error(
		`The tests need ${tool.name} for ${tool.why}: install it (Debian/Ubuntu: sudo apt-get install ${tool.debian}).`,
	);
}
if (missing.length > 0) process.exit(1);
