import { describe, expect, it } from 'vitest';
import { everyPageText, type PageText } from '../support/page-text.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();

/**
 * The high and medium findings of the line-by-line fact check (#11), pinned on the built pages:
 * each test fails if the old wording comes back, or if a page that must carry the fix loses it.
 */
const pages = new Map<string, PageText>(everyPageText(distDir).map((text) => [text.page, text]));
const page = (path: string): PageText => {
	const found = pages.get(path);
	if (!found) throw new Error(`${path} was not built`);
	return found;
};
const allText = ({ title, description, body }: PageText) => `${title}\n${description}\n${body}`;
const sentences = (text: string) => text.split(/(?<=[.;:!?])\s+/);

/** The corrections page quotes what the site used to say, by design; every other page must not. */
const correctionsTrail = /^\/corrections\//;

/** The pages (with a few words around the match) whose text matches `pattern`. */
function pagesSaying(pattern: RegExp): string[] {
	return [...pages.values()].flatMap((text) => {
		if (correctionsTrail.test(text.page)) return [];
		const all = allText(text);
		const match = pattern.exec(all);
		return match ? [`${text.page}: “…${all.slice(Math.max(0, match.index - 60), match.index + 80)}…”`] : [];
	});
}

describe('fact check (#11), high', () => {
	it('no page implies ATACMS could already be fired into Russia, with only deeper strikes barred', () => {
		expect(pagesSaying(/only to counter (Russian )?attacks (near|in the area of|on|in)\b/i)).toEqual([]);
		expect(pagesSaying(/(strikes )?deeper (into|inside) Russia,? (stayed|remained) off limits/i)).toEqual([]);
		expect(pagesSaying(/deeper strikes (stayed|remained) off limits/i)).toEqual([]);
		expect(pagesSaying(/did not cover strikes deeper/i)).toEqual([]);
	});

	it.each([
		'/story/background/',
		'/story/the-decision/',
		'/glossary/kharkiv-exception/',
		'/glossary/range-restrictions/',
		'/glossary/atacms/',
		'/places/kharkiv/',
		'/timeline/',
	])('%s says the May 2024 permission did not cover ATACMS', (path) => {
		const excluded = sentences(page(path).body).filter(
			(sentence) =>
				/ATACMS/.test(sentence) &&
				/(did not cover|Neither [a-z]+ covered|not with ATACMS|never ATACMS|not included|stayed barred|only at Russian forces inside Ukraine)/i.test(
					sentence,
				),
		);
		expect(excluded, `${path} should say that ATACMS stayed excluded`).not.toEqual([]);
	});

	it.each(['/timeline/', '/story/open-questions/', '/glossary/atacms/'])(
		'%s calls 19 November 2024 the first reported ATACMS strike on Russian territory',
		(path) => {
			expect(page(path).body).toMatch(/first reported ATACMS strike on Russian territory/);
		},
	);

	it('no title or description dates the decision itself: the report dates only its publication', () => {
		expect(pagesSaying(/authori[sz]ed (it )?on 17 November/i)).toEqual([]);
		expect(pagesSaying(/decision of 17 November/i)).toEqual([]);
	});
});

describe('fact check (#11), medium', () => {
	it.each([
		'/story/background/',
		'/story/the-decision/',
		'/glossary/kharkiv-exception/',
		'/glossary/range-restrictions/',
		'/places/kharkiv/',
	])('%s says the Kharkiv permission was widened in mid-June 2024', (path) => {
		expect(page(path).body).toMatch(/mid-June 2024/);
	});

	it('every page that gives Putin’s approval of the nuclear doctrine also gives its announcement of 25 September 2024', () => {
		const approval = /approv\w*[^.]{0,80}nuclear doctrine|nuclear doctrine[^.]{0,80}approv/i;
		const withApproval = [...pages.values()].filter((text) => approval.test(text.body));
		expect(withApproval.map((text) => text.page)).toContain('/timeline/');
		const missing = withApproval.filter((text) => !text.body.includes('25 September 2024')).map((text) => text.page);
		expect(missing).toEqual([]);
	});

	it('Zelenskyy’s “answer to everyone” is set on the energy-grid strike, not on Sumy', () => {
		expect(pagesSaying(/after the Russian strike on Sumy and the attack on the energy grid/i)).toEqual([]);
		const body = page('/story/reactions/').body;
		const quote = body.indexOf('hugs, and appeasement.');
		expect(quote).toBeGreaterThan(-1);
		expect(body.slice(quote, quote + 300)).toMatch(/energy grid/);
	});

	it('the Reactions description does not say allies and Biden responded to the news', () => {
		const { description } = page('/story/reactions/');
		expect(description).not.toMatch(/responded to the news/i);
		expect(description).not.toMatch(/Biden (responded|reacted)/i);
		expect(description).toMatch(/later/);
	});
});
