import { createHash } from 'node:crypto';
import type { RawEntry } from '../content/files.ts';
import type { LinkableTerm } from '../markdown/glossary-links.ts';

/**
 * The glossary names the auto-linker uses, shared by the Markdown pipeline (set up in
 * src/plugin.ts) and the content loaders (content.config.ts), which Astro loads as separate
 * module instances: hence one store on `globalThis`. The dev server replaces the terms when a
 * glossary file changes, so a new term is linked without a restart.
 */
interface TermStore {
	terms: LinkableTerm[];
	/** A digest of the terms: pages rendered with other terms are rendered again. */
	version: string;
}

const key = Symbol.for('explainer.glossary.liveTerms');
const store = (): TermStore =>
	((globalThis as Record<symbol, TermStore | undefined>)[key] ??= { terms: [], version: '' });

/** The names of every glossary entry; broken entries are skipped (the content check reports them). */
export function linkableTerms(entries: readonly RawEntry[]): LinkableTerm[] {
	return entries
		.filter((entry) => entry.collection === 'glossary' && typeof entry.data.term === 'string')
		.map((entry) => ({
			slug: entry.id,
			names: [String(entry.data.term), ...(Array.isArray(entry.data.aliases) ? entry.data.aliases.map(String) : [])],
			definition: typeof entry.data.definition === 'string' ? entry.data.definition : undefined,
		}));
}

/** Replaces the terms; says whether they changed. */
export function setLiveTerms(terms: LinkableTerm[]): boolean {
	const version = createHash('sha256').update(JSON.stringify(terms)).digest('hex').slice(0, 16);
	const current = store();
	if (current.version === version) return false;
	current.terms = terms;
	current.version = version;
	return true;
}

/** The linker's view: `terms` is read on every page, so it follows changes. */
export const liveTerms = {
	get terms(): LinkableTerm[] {
		return store().terms;
	},
	get version(): string {
		return store().version;
	},
};
