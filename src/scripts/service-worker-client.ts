/** What the Network Information API says about the reader's connection (Chromium browsers have it). */
export interface ConnectionHints {
	saveData?: boolean;
	effectiveType?: string;
}

/**
 * Whether the whole site may be downloaded in the background: not when the reader asked to save
 * data, nor on a 2G-class connection. Browsers that do not say are assumed not to mind.
 */
export function mayDownloadSite(connection: ConnectionHints | undefined): boolean {
	if (!connection) return true;
	return connection.saveData !== true && connection.effectiveType !== 'slow-2g' && connection.effectiveType !== '2g';
}

/**
 * Runs `work` once the page has loaded and the browser is idle: `requestIdleCallback`, which
 * waits at most `timeout` ms for idle time, or where there is none, `timeout` ms after load.
 */
function whenLoadedAndIdle(work: () => void, timeout = 5_000): void {
	const idle = () => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout });
		else setTimeout(work, timeout);
	};
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}

/**
 * Registers the service worker (not from disk, not in dev) once the page has loaded and the
 * browser is idle. Then, unless the reader saves data or is on 2G, asks the newest worker to
 * download the whole site for offline reading; otherwise only asks it to keep this page, which
 * loaded before the worker was there (pages visited later are kept by the worker itself).
 * When a new build of the site has installed and is waiting, offers the reader a reload that
 * switches to it.
 */
export function registerServiceWorker(base: string): void {
	if (!('serviceWorker' in navigator) || location.protocol === 'file:' || import.meta.env.DEV) return;
	const container = navigator.serviceWorker;
	// Whether this page loaded through the worker (and so is already kept).
	const controlled = container.controller !== null;
	let reloading = false;
	container.addEventListener('controllerchange', () => {
		if (reloading) location.reload();
	});
	const offer = (worker: ServiceWorker) => {
		if (document.querySelector('.update-banner')) return;
		const banner = document.createElement('div');
		banner.className = 'update-banner';
		banner.setAttribute('role', 'status');
		const text = document.createElement('span');
		text.textContent = 'A new version of this site is ready.';
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = 'Reload';
		button.addEventListener('click', () => {
			reloading = true;
			worker.postMessage({ type: 'SKIP_WAITING' });
		});
		banner.append(text, button);
		document.body.append(banner);
	};

	whenLoadedAndIdle(() => {
		const connection = (navigator as { connection?: ConnectionHints }).connection;
		const wholeSite = mayDownloadSite(connection);
		const precache = (worker: ServiceWorker | null) => {
			if (wholeSite) worker?.postMessage({ type: 'PRECACHE' });
		};
		container
			.register(`${base}sw.js`, { scope: base })
			.then(async (registration) => {
				// Some browsers and settings refuse service workers; the site then simply stays online-only.
				if (!registration) return;
				const watch = (worker: ServiceWorker | null) => {
					if (!worker) return;
					const check = () => {
						if (worker.state !== 'installed') return;
						// A first worker activates at once; a new build waits beside the old one and downloads its files.
						if (container.controller) {
							offer(worker);
							precache(worker);
						}
					};
					worker.addEventListener('statechange', check);
					check();
				};
				watch(registration.waiting);
				registration.addEventListener('updatefound', () => watch(registration.installing));
				const { active } = await container.ready;
				// The newest worker downloads its own list: files that did not change are kept, not fetched again.
				if (wholeSite) precache(registration.waiting ?? active);
				else if (!controlled) {
					const scope = new URL(base, location.href).href;
					const own = (url: string) => url.startsWith(scope) && !url.startsWith(`${scope}pagefind/`);
					const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
					active?.postMessage({
						type: 'CACHE_URLS',
						payload: { urlsToCache: [location.href, ...loaded].filter(own) },
					});
				}
			})
			.catch(() => undefined);
	});
}
