import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/support/chromium.ts';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

export interface LighthouseRun {
	label: string;
	url: string;
	/** 0–100 per category; absent when the run failed. */
	scores?: Partial<Record<LighthouseCategory, number>>;
	/** Audits that lost points, per category, so a score below 100 says where to look. */
	failing?: Partial<Record<LighthouseCategory, string[]>>;
	/** Milliseconds, from the simulated mobile load. */
	metrics?: { fcp?: number; lcp?: number; tbt?: number; cls?: number };
	error?: string;
	ms: number;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * Runs Lighthouse (default mobile config) on each URL, one after another in one Chromium. A
 * run that fails is reported as such: the sandbox can break Lighthouse in ways that say
 * nothing about the site, and the other measurements should still come out.
 */
export async function runLighthouse(targets: readonly { label: string; url: string }[]): Promise<LighthouseRun[]> {
	const executablePath = findChromium();
	if (!executablePath) return targets.map((target) => ({ ...target, error: 'Chromium not found', ms: 0 }));
	const port = await freePort();
	const browser = await chromium.launch({
		executablePath,
		headless: true,
		args: [...chromiumArgs, `--remote-debugging-port=${port}`],
	});
	const runs: LighthouseRun[] = [];
	try {
		for (const target of targets) {
			const started = performance.now();
			try {
				const result = await lighthouse(target.url, {
					port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...lighthouseCategories],
				});
				if (!result) throw new Error('Lighthouse returned no result');
				const { lhr } = result;
				if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
				const scores: LighthouseRun['scores'] = {};
				const failing: LighthouseRun['failing'] = {};
				for (const id of lighthouseCategories) {
					const category = lhr.categories[id];
					if (!category) continue;
					scores[id] = category.score === null ? undefined : Math.round(category.score * 100);
					const lost = category.auditRefs
						.filter((ref) => ref.weight > 0)
						.map((ref) => lhr.audits[ref.id])
						.filter((audit) => audit && audit.score !== null && audit.score < 1)
						.map((audit) => audit!.id);
					if (lost.length > 0) failing[id] = lost;
				}
				const numeric = (id: string) => lhr.audits[id]?.numericValue;
				runs.push({
					...target,
					scores,
					failing,
					metrics: {
						fcp: numeric('first-contentful-paint'),
						lcp: numeric('largest-contentful-paint'),
						tbt: numeric('total-blocking-time'),
						cls: numeric('cumulative-layout-shift'),
					},
					ms: performance.now() - started,
				});
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				runs.push({ ...target, error: message.split('\n')[0], ms: performance.now() - started });
			}
		}
	} finally {
		await browser.close();
	}
	return runs;
}
