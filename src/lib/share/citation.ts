/**
 * "Cite this page": one CSL-JSON item per page, formatted by citation-js (citeproc-js inside)
 * with the official APA, MLA and Chicago styles, and exported as BibTeX, RIS and CSL-JSON.
 * No citation text is put together by hand here.
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { HtmlEditor } from '../html/editor.ts';
import { chicagoStyle, cslStyleIds, mlaStyle } from './csl-styles.ts';

export interface CitablePage {
	/** A stable key, also the BibTeX key and the download's file name, e.g. "story-background". */
	key: string;
	title: string;
	/** The page's address: absolute when the site has a host. */
	url: string;
	/** The day the page was last updated (citations leave the access date to the reader). */
	updated: Date;
}

/** Who stands behind the pages (story settings). */
export interface CitationSettings {
	siteName: string;
	publisher: string;
	/** A person or an organisation; absent, the styles put the title first. */
	author?: string;
}

export interface Citations {
	apa: { text: string; html: string };
	mla: { text: string; html: string };
	chicagoBibliography: { text: string; html: string };
	chicagoNote: { text: string; html: string };
	bibtex: string;
	ris: string;
	cslJson: string;
}

/** A page's title as citations give it: "Background" on "The ATACMS decision, explained" → "Background – The ATACMS decision, explained". */
const citedTitle = (title: string, siteName: string) => (title === siteName ? title : `${title} – ${siteName}`);

let registered = false;
function registerStyles() {
	if (registered) return;
	const csl = plugins.config.get('@csl');
	if (!csl.styles.has(cslStyleIds.apa)) throw new Error('@citation-js/plugin-csl no longer bundles the APA style');
	csl.styles.add(cslStyleIds.mla, mlaStyle());
	csl.styles.add(cslStyleIds.chicago, chicagoStyle());
	registered = true;
}

/**
 * The page as a CSL-JSON item (a web page). Its title names the site, "Background – The ATACMS
 * decision, explained": a page title alone ("Background") cannot be found again from a reference
 * list, and the styles would otherwise repeat the site's name as the container.
 */
export function cslItem(page: CitablePage, settings: CitationSettings): CslItem {
	const day = page.updated;
	return {
		id: page.key,
		// BibTeX keys allow no hyphens: "story-background" → "story_background".
		'citation-key': page.key.replace(/[^A-Za-z0-9_]/g, '_'),
		type: 'webpage',
		title: citedTitle(page.title, settings.siteName),
		// Citation styles repeat a publisher that matches the site's name; leave it out then.
		...(settings.publisher !== settings.siteName ? { publisher: settings.publisher } : {}),
		...(settings.author ? { author: [{ literal: settings.author }] } : {}),
		issued: { 'date-parts': [[day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]] },
		URL: page.url,
	};
}

const trimCsl = (output: string) => output.trim();

// The page shows its citation and its download files carry the same one: format it once.
const formatted = new Map<string, Citations>();

/** Every format for one page. Throws (naming the page) if the processor fails. */
export function citePage(page: CitablePage, settings: CitationSettings): Citations {
	const key = JSON.stringify([page, settings]);
	let citations = formatted.get(key);
	if (!citations) formatted.set(key, (citations = formatAll(page, settings)));
	return citations;
}

function formatAll(page: CitablePage, settings: CitationSettings): Citations {
	registerStyles();
	try {
		const cite = new Cite(cslItem(page, settings));
		const styled = (template: string, kind: 'bibliography' | 'citation' = 'bibliography') => ({
			text: trimCsl(cite.format(kind, { template, format: 'text', lang: 'en-US' })),
			html: trimCsl(cite.format(kind, { template, format: 'html', lang: 'en-US' })),
		});
		return {
			apa: styled(cslStyleIds.apa),
			mla: styled(cslStyleIds.mla),
			chicagoBibliography: styled(cslStyleIds.chicago),
			chicagoNote: styled(cslStyleIds.chicago, 'citation'),
			bibtex: trimCsl(cite.format('bibtex', { format: 'text' })),
			// RIS ends with "ER  - ": its trailing space is part of the tag.
			ris: `${cite.format('ris', { format: 'text' }).replace(/\n+$/, '')}\n`,
			cslJson: `${JSON.stringify(cite.data, null, 2)}\n`,
		};
	} catch (error) {
		throw new Error(
			`Cite this page: could not format the citation for "${page.title}" (${page.url}): ${String(error)}`,
			{
				cause: error,
			},
		);
	}
}

/**
 * The inside of a formatted entry (`<div class="csl-entry">…</div>`), to run on in a sentence:
 * "<i>Background – …</i>. (2026, November 25). https://…". Throws when the processor's markup changed.
 */
export function entryHtml(html: string): string {
	const editor = new HtmlEditor(html, { fragment: true });
	const entry = editor.elements().find((element) => editor.attribute(element, 'class') === 'csl-entry');
	if (!entry) throw new Error(`Cite this page: no csl-entry in the formatted citation (${html.slice(0, 80)}…)`);
	return editor.rawText(entry);
}
