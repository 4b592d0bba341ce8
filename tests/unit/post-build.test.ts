import { describe, expect, it } from 'vitest';
import { criticalCss } from '../../src/integrations/critical-css.ts';
import { cspInlineHashes } from '../../src/integrations/csp-inline-hashes.ts';
import { hostHeaders } from '../../src/integrations/host-headers.ts';
import { offlineCopy } from '../../src/integrations/offline-copy.ts';
import { postBuild, type BuildStep } from '../../src/integrations/post-build.ts';
import { serviceWorker } from '../../src/integrations/service-worker.ts';
import { afterBuild } from '../../src/plugin.ts';

describe('the steps after the build', () => {
	it('run in the order of their list, each once', async () => {
		const ran: string[] = [];
		const step = (name: string): BuildStep => ({
			name,
			start: () => ran.push(`start ${name}`),
			run: () => void ran.push(name),
		});
		const { hooks } = postBuild([step('a'), step('b')]);
		(hooks['astro:config:done'] as (options: unknown) => void)({ config: { base: '/x', site: undefined } });
		(hooks['astro:build:start'] as () => void)();
		const logger = { fork: () => logger, info: () => {}, warn: () => {} };
		await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({
			dir: new URL('file:///tmp/site/'),
			logger,
		});
		expect(ran).toEqual(['start a', 'start b', 'a', 'b']);
	});

	it('refuse a list that hashes the CSP before a step rewrites inline scripts and styles', () => {
		expect(() => postBuild([cspInlineHashes, criticalCss])).toThrow(
			'post-build: csp-inline-hashes must run after critical-css; put it later in the list',
		);
		expect(() => postBuild([cspInlineHashes, offlineCopy])).toThrow(/csp-inline-hashes must run after offline-copy/);
		expect(() => postBuild([criticalCss, serviceWorker, cspInlineHashes])).toThrow(
			/service-worker must run after csp-inline-hashes/,
		);
		expect(() => postBuild([hostHeaders, cspInlineHashes])).toThrow(/host-headers must run after csp-inline-hashes/);
	});

	it('are listed in an order the steps accept, for the hosted site and the copy opened from disk', () => {
		expect(() => postBuild(afterBuild.hosted)).not.toThrow();
		expect(() => postBuild(afterBuild.offline)).not.toThrow();
		expect(afterBuild.offline.at(-1)).toBe(cspInlineHashes);
	});
});
