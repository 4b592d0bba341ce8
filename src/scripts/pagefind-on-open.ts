import type { PagefindUI as PagefindUIType } from '@pagefind/default-ui';

type Options = ConstructorParameters<typeof PagefindUIType>[0];

/**
 * Stands in for Pagefind's UI inside Starlight's search (see src/integrations/lazy-pagefind.ts).
 * Starlight builds the UI as soon as the page is idle, which fetches its script on every page;
 * this takes the same options and fetches and builds the real UI only when the search dialog
 * first opens. The dialog then focuses the search field, as it does once the UI exists.
 */
export class PagefindUI {
	constructor(options: Options) {
		const dialog = document.querySelector(String(options.element))?.closest('dialog');
		const load = () =>
			import('@pagefind/default-ui').then(({ PagefindUI: Real }) => new Real({ ...options, autofocus: true }));
		if (!dialog || dialog.open) {
			void load();
			return;
		}
		const observer = new MutationObserver(() => {
			if (!dialog.open) return;
			observer.disconnect();
			void load();
		});
		observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	}
}
