import { describe, expect, it } from 'vitest';
import { everyPageText, pageText } from '../support/page-text.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();

/**
 * Words from how the site was produced that mean nothing to a reader (#17, #24): confidence
 * levels, a fact sheet nobody can open, coordinate systems, labels of internal source groups,
 * bug-tracker severities, a source named only "Report", and the build's own workings.
 */
const productionWords: RegExp[] = [
	/\bconfidence\b/i,
	/\bvetted\b/i,
	/\bfact[ -]sheet\b/i,
	/supplied to this project/i,
	/\bWGS ?84\b/i,
	/\bContext, [a-z]/,
	/\b(?:high|medium|low) severity\b/i,
	/\bseverity\b/i,
	/Source: Report\b/,
	/built from typed data files/i,
	/run against the built site/i,
	/project[’']s tests/i,
	/carries the same index inline/i,
];

/** The page for developers may name the project's tools, under its "For developers" heading only. */
const developerWords: RegExp[] = [/\bnpm\b/, /example\.org/];

/** Each production word found in a text, with a few words either side to find it by. */
function productionWordsIn(text: string): string[] {
	return productionWords.flatMap((pattern) => {
		const match = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g').exec(text);
		return match ? [`${match[0]}: “…${text.slice(Math.max(0, match.index - 40), match.index + 40)}…”`] : [];
	});
}

describe('plain words', () => {
	it('finds the words it looks for, in the body, the title and the description', () => {
		const text = pageText(
			'<html><head><title>Vetted context</title><meta name="description" content="WGS84 points"></head><body><p>Medium <em>confidence</em></p><script>const confidence = 1;</script></body></html>',
		);
		expect(productionWordsIn(text.title)).toHaveLength(1);
		expect(productionWordsIn(text.description)).toHaveLength(1);
		expect(text.body).toBe('Medium confidence');
	});

	it('keeps developer material on /data/ under “For developers”, and off every other page’s text', () => {
		const pages = everyPageText(distDir);
		const data = pages.find(({ page }) => page === '/data/')!;
		// The heading's last mention is the heading itself; the contents list names it first.
		const at = data.body.lastIndexOf('For developers');
		expect(at, '/data/ has no “For developers” part').toBeGreaterThan(0);
		const [readerPart, developerPart] = [data.body.slice(0, at), data.body.slice(at)];
		for (const pattern of developerWords) {
			expect(readerPart, `/data/ says ${pattern} before “For developers”`).not.toMatch(pattern);
			for (const { page, body } of pages)
				if (page !== '/data/') expect(body, `${page} says ${pattern}`).not.toMatch(pattern);
		}
		expect(developerPart).toMatch(/example\.org/);
	});

	it('no built page uses production language in its title, description or text', () => {
		const pages = everyPageText(distDir);
		expect(pages.length).toBeGreaterThan(20);
		const found = pages.flatMap(({ page, title, description, body }) =>
			[title, description, body].flatMap(productionWordsIn).map((hit) => `${page}: ${hit}`),
		);
		expect(found).toEqual([]);
	});
});
