import type { PagefindUI as PagefindUIType } from '@pagefind/default-ui';

type Options = ConstructorParameters<typeof PagefindUIType>[0];

/**
 * Stands in for Pagefind's UI inside Starlight's search (see src/integrations/lazy-pagefind.ts).
 * Starlight builds the UI as soon as the page is idle, which fetches its script on every page;
 * this takes the same options and fetches and builds the real UI only when the search dialog
 * first opens. The dialog then focuses the search field, as it does once the UI exists.
 * Offline (the service worker keeps the glossary search, not Pagefind), the dialog says so and
 * links the glossary search; it tries again when it next opens.
 */
export class PagefindUI {
	constructor(options: Options) {
		const element = document.querySelector(String(options.element));
		const dialog = element?.closest('dialog');
		const offline = () => {
			const note = document.createElement('p');
			note.className = 'search-offline';
			const link = document.createElement('a');
			link.href = `${String(options.baseUrl ?? '/')}glossary/`;
			link.textContent = 'The glossary search';
			note.append('Full-text search needs a connection. ', link, ' works offline.');
			element?.replaceChildren(note);
			if (dialog) observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
		};
		const load = () =>
			import('@pagefind/default-ui')
				.then(({ PagefindUI: Real }) => new Real({ ...options, autofocus: true }))
				.catch(offline);
		const observer = new MutationObserver(() => {
			if (!dialog?.open) return;
			observer.disconnect();
			void load();
		});
		if (!dialog || dialog.open) {
			void load();
			return;
		}
		observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	}
}
