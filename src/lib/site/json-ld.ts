/** Serialises JSON-LD for a `<script type="application/ld+json">`: "<" is escaped so no text can close the tag. */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface DefinedTermInput {
	slug: string;
	term: string;
	aliases: string[];
	definition: string;
	url: string;
}

const termSetId = (setUrl: string) => `${setUrl}#glossary`;

/** schema.org DefinedTerm for one glossary entry. */
export function definedTerm(term: DefinedTermInput, setUrl: string) {
	return {
		'@type': 'DefinedTerm',
		'@id': term.url,
		name: term.term,
		...(term.aliases.length > 0 ? { alternateName: term.aliases } : {}),
		description: term.definition,
		termCode: term.slug,
		url: term.url,
		inDefinedTermSet: termSetId(setUrl),
	};
}

/** schema.org DefinedTermSet holding every term; `name` e.g. "Glossary: The ATACMS decision". */
export function definedTermSet(terms: readonly DefinedTermInput[], setUrl: string, name: string) {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTermSet',
		'@id': termSetId(setUrl),
		name,
		url: setUrl,
		hasDefinedTerm: terms.map((term) => definedTerm(term, setUrl)),
	};
}
