import type { Browser, Page } from 'playwright-core';

/** The slow mobile connection of the benchmark: Chromium DevTools network throttling. */
export const slowNetwork = {
	/** Round trip, added to every request. */
	latencyMs: 400,
	/** 400 kbit/s down and up. */
	kbitPerSecond: 400,
};

export interface PaintSample {
	/** First contentful paint, ms from navigation start. */
	fcp: number;
	/** The load event, ms from navigation start. */
	load: number;
	/** Bytes on the wire (compressed, headers included) until the load event and the network went quiet. */
	bytes: number;
}

/** A page type measured on both sites: the same kind of page, at each site's own path. */
export interface PaintTarget {
	label: string;
	site: string;
	stock: string;
}

export interface PaintResult {
	label: string;
	site: PaintSample[];
	stock: PaintSample[];
}

async function throttle(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const bytesPerSecond = (slowNetwork.kbitPerSecond * 1000) / 8;
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: slowNetwork.latencyMs,
		downloadThroughput: bytesPerSecond,
		uploadThroughput: bytesPerSecond,
	});
	let bytes = 0;
	cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
	return { bytes: () => bytes, reset: () => (bytes = 0) };
}

async function load(
	page: Page,
	url: string,
	counter: { bytes: () => number; reset: () => void },
): Promise<PaintSample> {
	counter.reset();
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
	const timing = await page.evaluate(() => {
		const paint = performance.getEntriesByName('first-contentful-paint')[0];
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		return { fcp: paint?.startTime ?? Number.NaN, load: navigation?.loadEventStart ?? Number.NaN };
	});
	return { ...timing, bytes: counter.bytes() };
}

/**
 * One cold visit (empty cache, a fresh browser context) to `url` under the slow network; with
 * `then`, a second page in the same context afterwards (its cached files are free), measured too.
 * Service workers are blocked: their precache downloads would compete with the page.
 */
export async function visit(browser: Browser, url: string, then?: string): Promise<PaintSample[]> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const counter = await throttle(page);
		const samples = [await load(page, url, counter)];
		if (then) samples.push(await load(page, then, counter));
		return samples;
	} finally {
		await context.close();
	}
}

/**
 * Each page type on both sites, `runs` times, interleaved: run 1 loads site then stock for every
 * type, run 2 stock then site, and so on, so a busy machine slows both alike.
 */
export async function measurePaint(browser: Browser, targets: readonly PaintTarget[], runs: number) {
	const results: PaintResult[] = targets.map((target) => ({ label: target.label, site: [], stock: [] }));
	for (let run = 0; run < runs; run++) {
		for (const [index, target] of targets.entries()) {
			const order: ('site' | 'stock')[] = run % 2 === 0 ? ['site', 'stock'] : ['stock', 'site'];
			for (const which of order) results[index]![which].push(...(await visit(browser, target[which])));
		}
	}
	return results;
}

/** A first page then a second one in the same browser, both sites, interleaved: what a reader pays for the next page. */
export async function measureSecondPage(
	browser: Browser,
	first: { site: string; stock: string },
	second: { site: string; stock: string },
	runs: number,
) {
	const result = { site: [] as PaintSample[][], stock: [] as PaintSample[][] };
	for (let run = 0; run < runs; run++) {
		const order: ('site' | 'stock')[] = run % 2 === 0 ? ['site', 'stock'] : ['stock', 'site'];
		for (const which of order) result[which].push(await visit(browser, first[which], second[which]));
	}
	return result;
}
