/**
 * "Cite this page" in the browser: a build without `SITE_URL` writes the page's address as a
 * path ("/story/background/"), which the page completes from its own address, so what a reader
 * sees and copies is a full address; copy buttons appear once scripts run, their result
 * announced in a live region.
 */

/**
 * The full address of a site path as the page was reached: ("/story/background/",
 * "https://example.org/story/background/#sources") → "https://example.org/story/background/".
 * Undefined for a page opened from disk, whose address means nothing to anyone else.
 */
export function fullAddress(pathname: string, pageUrl: string): string | undefined {
	const page = new URL(pageUrl);
	if (!/^https?:$/.test(page.protocol)) return undefined;
	return new URL(pathname, page.origin).href;
}

/** Replaces the path in every text of `root` with the full address (text only: markup stays as built). */
function completeAddresses(root: Node, pathname: string, address: string): number {
	let replaced = 0;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.nodeValue ?? '';
		if (!text.includes(pathname)) continue;
		node.nodeValue = text.replaceAll(pathname, address);
		replaced++;
	}
	return replaced;
}

export function mountCiteCopy(root: ParentNode = document): void {
	for (const section of root.querySelectorAll<HTMLElement>('[data-cite]')) {
		const pathname = section.dataset.citePath;
		const address = pathname && fullAddress(pathname, location.href);
		if (pathname && address) completeAddresses(section, pathname, address);
		const status = section.querySelector<HTMLElement>('[data-cite-status]');
		for (const button of section.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
			const target = document.getElementById(button.dataset.citeCopy ?? '');
			if (!target) continue;
			button.hidden = false;
			button.addEventListener('click', async () => {
				const label = button.dataset.citeLabel ?? 'Citation';
				let message: string;
				try {
					await navigator.clipboard.writeText((target.innerText || target.textContent || '').trim());
					message = `${label} copied.`;
				} catch {
					// No clipboard (e.g. a page opened from disk): select the text for Ctrl+C instead.
					const range = document.createRange();
					range.selectNodeContents(target);
					getSelection()?.removeAllRanges();
					getSelection()?.addRange(range);
					message = `${label} selected: press Ctrl+C or Command+C to copy.`;
				}
				// Clear first so the same message is announced again on a second press.
				if (status) {
					status.textContent = '';
					requestAnimationFrame(() => (status.textContent = message));
				}
			});
		}
	}
}
