/**
 * Registers the service worker (not from disk, not in dev), and when a new build of the site
 * has installed and is waiting, offers the reader a reload that switches to it.
 */
export function registerServiceWorker(base: string): void {
	if (!('serviceWorker' in navigator) || location.protocol === 'file:' || import.meta.env.DEV) return;
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
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
	navigator.serviceWorker
		.register(`${base}sw.js`, { scope: base })
		.then((registration) => {
			// Some browsers and settings refuse service workers; the site then simply stays online-only.
			if (!registration) return;
			const watch = (worker: ServiceWorker | null) => {
				if (!worker) return;
				const check = () => {
					if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
				};
				worker.addEventListener('statechange', check);
				check();
			};
			watch(registration.waiting);
			registration.addEventListener('updatefound', () => watch(registration.installing));
		})
		.catch(() => undefined);
}
