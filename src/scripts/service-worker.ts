/**
 * The service worker (bundled into sw.js by src/integrations/service-worker.ts, which puts the
 * precache list where `self.__WB_MANIFEST` stands).
 *
 * - It downloads the precache list (every page and what pages use) only when a page asks for it
 *   with a `PRECACHE` message. Pages ask once they have loaded and the browser is idle, and not
 *   at all when the reader saves data (src/scripts/service-worker-client.ts). Installing, and
 *   installing a new build, downloads nothing.
 * - Whatever readers visit is kept as they go (runtime caching): pages network first, hashed
 *   `_astro/` files cache first, other files a page uses stale-while-revalidate. Pagefind's index
 *   is left to the network.
 * - A new build waits until a page sends `SKIP_WAITING` (the reader accepted the reload). Once
 *   active, it drops the precached files the new build no longer lists, the previous build's
 *   runtime cache, and the caches of earlier versions of this worker.
 */
import { copyResponse } from 'workbox-core';
import { Route, Router } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';

interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface WorkerMessageEvent extends ExtendableEvent {
	data: unknown;
	ports: readonly MessagePort[];
}
interface PrecacheEntry {
	url: string;
	revision: string | null;
}
/** The parts of ServiceWorkerGlobalScope used here (the project's TypeScript has the DOM library, not the worker's). */
declare const self: {
	__WB_MANIFEST: PrecacheEntry[];
	registration: { scope: string };
	location: { href: string };
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
};

const manifest = self.__WB_MANIFEST;
const scope = self.registration.scope;

/** A short hash of the precache list: it changes with every build that changes a file. */
function buildId(entries: readonly PrecacheEntry[]): string {
	let hash = 0x811c9dc5;
	for (const char of JSON.stringify(entries)) {
		hash ^= char.charCodeAt(0);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

// Cache names start with the scope: other sites on the same origin (other sub-paths) keep theirs.
const precacheName = `${scope} precache`;
const runtimeName = `${scope} runtime ${buildId(manifest)}`;
/** The precache of the Workbox-generated worker this one replaces. */
const earlierPrecache = `workbox-precache-v2-${scope}`;

/** A page's address as readers request it: "story/x/index.html" is "story/x/", queries and fragments dropped. */
function normalized(url: string): string {
	const parsed = new URL(url, scope);
	parsed.search = '';
	parsed.hash = '';
	parsed.pathname = parsed.pathname.replace(/\/index\.html$/, '/');
	return parsed.href;
}

/** Each precached address and its cache key, which carries the file's revision unless its name is already hashed. */
const precacheKeys = new Map(
	manifest.map((entry) => {
		const url = normalized(entry.url);
		return [url, entry.revision ? `${url}?__WB_REVISION__=${entry.revision}` : url] as const;
	}),
);

async function downloadPrecache(): Promise<void> {
	const cache = await caches.open(precacheName);
	const missing: [string, string][] = [];
	for (const [url, key] of precacheKeys) if (!(await cache.match(key))) missing.push([url, key]);
	// Three at a time: the list is done sooner than one by one, without crowding out what the reader does next.
	const lane = async () => {
		for (let next = missing.shift(); next; next = missing.shift()) {
			const [url, key] = next;
			// A revisioned file is checked with the server (it may have changed under the same name); a hashed one cannot change.
			let response = await fetch(url, { cache: key === url ? 'default' : 'no-cache', credentials: 'same-origin' });
			if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
			// A redirected response cannot answer a navigation.
			if (response.redirected) response = await copyResponse(response);
			await cache.put(key, response);
		}
	};
	await Promise.all([lane(), lane(), lane()]);
}

let downloading: Promise<void> | undefined;
/** One download at a time, however many pages ask. */
const precache = () =>
	(downloading ??= downloadPrecache().finally(() => {
		downloading = undefined;
	}));

async function fromPrecache(url: URL): Promise<Response | undefined> {
	const key = precacheKeys.get(normalized(url.href));
	return key ? caches.match(key, { cacheName: precacheName }) : undefined;
}

/** The precached copy when there is one, else `strategy` (which keeps what it fetches in the runtime cache). */
const precachedOr = (strategy: Strategy) =>
	async function handler({ url, request, event }: { url: URL; request: Request; event: ExtendableEvent }) {
		return (await fromPrecache(url)) ?? strategy.handle({ request, event });
	};

type Match = (options: { url: URL; request: Request; sameOrigin: boolean }) => boolean;
const inScope = (url: URL) => url.href.startsWith(scope) && !url.href.startsWith(`${scope}pagefind/`);
const isPage: Match = ({ url, request }) =>
	inScope(url) && (request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html'));
const isHashed: Match = ({ url }) => inScope(url) && url.href.startsWith(`${scope}_astro/`);
const pageAsset = new Set(['style', 'script', 'image', 'font']);
const isAsset: Match = ({ url, request }) =>
	inScope(url) && (precacheKeys.has(normalized(url.href)) || pageAsset.has(request.destination));

const router = new Router();
router.registerRoute(
	new Route(isPage, precachedOr(new NetworkFirst({ cacheName: runtimeName, networkTimeoutSeconds: 5 }))),
);
router.registerRoute(new Route(isHashed, precachedOr(new CacheFirst({ cacheName: runtimeName }))));
router.registerRoute(new Route(isAsset, precachedOr(new StaleWhileRevalidate({ cacheName: runtimeName }))));
router.addFetchListener();
// `CACHE_URLS` from a page: what it loaded before this worker controlled it, kept like a visit.
router.addCacheListener();

self.addEventListener('message', (event) => {
	const type = (event.data as { type?: unknown } | null)?.type;
	if (type === 'SKIP_WAITING') void self.skipWaiting();
	if (type === 'PRECACHE') {
		const done = precache();
		event.waitUntil(done);
		// Whoever asked through a MessageChannel hears when the download has ended, and how.
		void done.then(
			() => event.ports[0]?.postMessage({ ok: true }),
			(error: unknown) => event.ports[0]?.postMessage({ ok: false, error: String(error) }),
		);
	}
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const current = new Set(precacheKeys.values());
			if (await caches.has(precacheName)) {
				const cache = await caches.open(precacheName);
				for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
			}
			for (const name of await caches.keys()) {
				const outdated = name === earlierPrecache || (name.startsWith(`${scope} runtime `) && name !== runtimeName);
				if (outdated) await caches.delete(name);
			}
			await self.clients.claim();
		})(),
	);
});
