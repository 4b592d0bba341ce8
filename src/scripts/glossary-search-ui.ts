import type { GlossaryIndex } from '../lib/glossary/search-index';
import { prepareIndex, searchGlossary, type SearchResult } from '../lib/glossary/search';

const kindLabel: Record<SearchResult['kind'], string> = {
	term: '',
	alias: 'also written',
	prefix: '',
	typo: 'closest match',
	definition: 'in the definition',
};

function resultItem(result: SearchResult, hrefTemplate: string, id: string): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.setAttribute('href', hrefTemplate.replace('__slug__', encodeURIComponent(result.entry.s)));
	link.id = id;
	const term = document.createElement('strong');
	term.textContent = result.entry.t;
	link.append(term);
	const note = result.kind === 'alias' && result.via ? `${kindLabel.alias} “${result.via}”` : kindLabel[result.kind];
	if (note) {
		const small = document.createElement('span');
		small.className = 'glossary-result-note';
		small.textContent = ` (${note})`;
		link.append(small);
	}
	const definition = document.createElement('span');
	definition.className = 'glossary-result-definition';
	definition.textContent = result.entry.d;
	item.append(link, definition);
	return item;
}

/** The index inlined in the element (the copy opened from disk), or fetched from `data-index-href`. */
async function loadIndex(root: HTMLElement): Promise<GlossaryIndex> {
	const inline = root.querySelector('script[data-glossary-index]')?.textContent;
	if (inline) return JSON.parse(inline) as GlossaryIndex;
	const href = root.dataset.indexHref;
	if (!href) throw new Error('glossary-search has neither an inline index nor data-index-href');
	const response = await fetch(href);
	if (!response.ok) throw new Error(`${href}: ${response.status}`);
	return (await response.json()) as GlossaryIndex;
}

/** Wires one `<glossary-search>` element: typing searches, arrows move, Enter opens, Escape clears. */
export async function mountGlossarySearch(root: HTMLElement): Promise<void> {
	const input = root.querySelector<HTMLInputElement>('input[type="search"]');
	const status = root.querySelector<HTMLElement>('[role="status"]');
	const list = root.querySelector<HTMLOListElement>('.glossary-results');
	if (!input || !status || !list) return;
	let index: ReturnType<typeof prepareIndex>;
	try {
		index = prepareIndex((await loadIndex(root)).terms);
	} catch (error) {
		status.textContent = 'The search could not load; the A–Z list below has every term.';
		console.warn('Glossary search:', error);
		return;
	}
	// The link pattern comes from the page, so it is right under a sub-path and, relative,
	// in the copy opened from disk.
	const hrefTemplate = root.dataset.termHref ?? '__slug__/';

	let timer: ReturnType<typeof setTimeout> | undefined;
	/** Draws the results at once; announces the count once typing pauses, not on every key. */
	const update = (announceNow = false) => {
		const query = input.value;
		const results = searchGlossary(index, query);
		list.replaceChildren(...results.map((result, i) => resultItem(result, hrefTemplate, `glossary-result-${i}`)));
		let message = '';
		if (query.trim() !== '') {
			message =
				results.length === 0
					? 'No term matches that. Try a shorter or different word, or browse the A–Z list below.'
					: `${results.length} ${results.length === 1 ? 'term matches' : 'terms match'}.`;
		}
		clearTimeout(timer);
		if (announceNow) status.textContent = message;
		else timer = setTimeout(() => (status.textContent = message), 250);
	};
	input.addEventListener('input', () => update());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') list.querySelector('a')?.click();
	});

	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
	root.addEventListener('keydown', (event) => {
		const all = links();
		const current = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown' && all.length > 0) {
			event.preventDefault();
			all[Math.min(current + 1, all.length - 1)]?.focus();
		} else if (event.key === 'ArrowUp' && (current >= 0 || document.activeElement === input)) {
			event.preventDefault();
			if (current <= 0) input.focus();
			else all[current - 1]?.focus();
		} else if (event.key === 'Escape') {
			input.value = '';
			update(true);
			input.focus();
		}
	});
	// Anything typed before the script arrived is searched now.
	if (input.value) update(true);
	root.dataset.ready = '';
}
