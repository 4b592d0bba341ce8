import type { RawEntry } from '../content/files.ts';
import { entryPath, eventAnchor, withBase } from './urls.ts';

/**
 * The pages this site generates itself (glossary, people, places, timeline…) and the
 * fragments each one has. starlight-links-validator only knows Markdown pages, so the build
 * asks this map whether a link to a generated page is real: a typo is still reported.
 */
export function customPageTargets(entries: readonly RawEntry[], base: string): Map<string, Set<string> | 'any'> {
	const ids = (collection: RawEntry['collection']) =>
		entries.filter((entry) => entry.collection === collection).map((e) => e.id);
	const pages = new Map<string, Set<string> | 'any'>();
	const page = (path: string, hashes: Iterable<string> = []) => pages.set(withBase(base, path), new Set(hashes));
	// The glossary's letter anchors depend on which letters terms start with: any fragment is accepted there.
	pages.set(withBase(base, 'glossary/'), 'any');
	for (const id of ids('glossary')) page(entryPath('glossary', id), ['related', 'mentioned-in']);
	page('people/');
	for (const id of ids('people')) page(entryPath('people', id), ['mentioned-in', 'quoted']);
	page('places/');
	for (const id of ids('places')) page(entryPath('places', id), ['mentioned-in']);
	page('timeline/', [...ids('events').map(eventAnchor), 'phase-before', 'phase-decision', 'phase-after', 'by-person']);
	page('sources/', [...ids('sources'), 'method', 'sources']);
	page('corrections/', ids('corrections'));
	return pages;
}

/** Whether a link points at a generated page (and, if it has one, at a fragment that page has). */
export function isKnownCustomPage(link: string, targets: Map<string, Set<string> | 'any'>): boolean {
	const [path = '', hash] = link.split('#');
	const hashes = targets.get(path);
	if (!hashes) return false;
	return hash === undefined || hash === '' || hashes === 'any' || hashes.has(hash);
}
