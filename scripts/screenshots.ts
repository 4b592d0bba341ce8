// Takes Chromium screenshots of built pages in light and dark, phone and desktop width:
// `npm run screenshots -- /story/background/ /glossary/` (after `npm run build`). Output: screenshots/.
// `--dist=/tmp/x/dist` shoots another build; `--out=/tmp/shots` writes elsewhere; `--full` takes whole pages.
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from './static-server.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const full = process.argv.includes('--full');
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const outDir = option('out') ?? 'screenshots';
const server = await startServer({ dir: option('dist') ?? 'dist' });
const browser = await launchBrowser();
mkdirSync(outDir, { recursive: true });
for (const pathname of paths.length > 0 ? paths : ['/']) {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const [device, width, height] of [
			['phone', 390, 844],
			['desktop', 1280, 900],
		] as const) {
			const context = await browser.newContext({ colorScheme, viewport: { width, height }, deviceScaleFactor: 1 });
			const page = await context.newPage();
			await page.goto(new URL(pathname.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
			const name = `${outDir}/${pathname.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${colorScheme}-${device}.png`;
			await page.screenshot({ path: name, fullPage: full });
			console.log(name);
			await context.close();
		}
	}
}
await browser.close();
await server.close();
