import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';

/**
 * Editors see their changes under `npm run dev` without restarting: the real dev server on a
 * copy of the fictional second story, a glossary term added while it runs.
 */
const require = createRequire(import.meta.url);
const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'dev-server-'));
const content = path.join(work, 'content');
let server: ChildProcess | undefined;
let origin = '';
let log = '';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function waitFor<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		const result = await attempt().catch(() => undefined);
		if (result !== undefined) return result;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`timed out waiting for ${what}; server log:\n${log.slice(-3000)}`);
}

const page = async (pathname: string) => {
	// The first request waits for Vite to bundle dependencies; a stuck one is retried.
	const response = await fetch(`${origin}${pathname}`, { signal: AbortSignal.timeout(45_000) });
	return response.ok ? response.text() : undefined;
};

beforeAll(async () => {
	cpSync(path.join(projectRoot, 'tests/fixtures/second-story'), content, { recursive: true });
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: projectRoot,
		env: {
			// Astro's dev server serves no pages when it sees VITEST in its environment.
			...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
			CONTENT_DIR: content,
			ASTRO_CACHE_DIR: path.join(work, 'cache'),
			FORCE_COLOR: '0',
			NODE_ENV: 'development',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	await waitFor('the dev server', () => page('/'), 240_000);
});

afterAll(() => {
	if (process.env.DEV_SERVER_LOG) writeFileSync(process.env.DEV_SERVER_LOG, log);
	// The server and the processes it started, by its group id.
	if (server?.pid) process.kill(-server.pid, 'SIGTERM');
	rmSync(work, { recursive: true, force: true });
});

describe('the dev server', () => {
	it('links a glossary term added while it runs, without a restart', async () => {
		const before = await page('/');
		expect(before).toContain('under the Andes');
		expect(before).not.toContain('href="/glossary/andes/"');

		writeFileSync(
			path.join(content, 'glossary/andes.md'),
			[
				'---',
				'term: Andes',
				"definition: 'The mountain range along the west of South America, crossed by the fictional tunnel.'",
				'category: engineering',
				'sources: [valdoria-courier-2031-03-14]',
				'---',
				'Fictional.',
				'',
			].join('\n'),
		);
		const linked = await waitFor(
			'the new term to be linked',
			async () => {
				const html = await page('/');
				return html?.includes('href="/glossary/andes/"') ? html : undefined;
			},
			60_000,
		);
		expect(linked).toMatch(/<a href="\/glossary\/andes\/"[^>]*class="term-link"[^>]*>Andes<\/a>/);
		expect(log).toContain('glossary changed: pages re-linked');
	});

	it('checks the content again when a file changes and says what is wrong', async () => {
		writeFileSync(
			path.join(content, 'glossary/gradient.md'),
			[
				'---',
				'term: Gradient',
				"definition: 'Too short'",
				'category: engineering',
				'sources: [valdoria-courier-2031-03-14]',
				'---',
				'',
			].join('\n'),
		);
		await waitFor(
			'the content check',
			async () => (log.includes('`definition` is too short (at least 20 characters)') ? true : undefined),
			60_000,
		);
		expect(log).toMatch(/The content has 1 problem[^\n]*\n\s*\n\s*\S*glossary\/gradient\.md\n/);
	});
});
