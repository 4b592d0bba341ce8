import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../support/dist.ts';
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
				/(did not cover|Neither [a-z]+ covered|not with ATACMS|not included|stayed barred|only at Russian forces inside Ukraine)/i.test(
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

/**
 * The fact check of 6 December 2026 (#24, items F1–F30): each flagged wording, pinned out of every
 * built page but /corrections/, which quotes it on purpose. Where an item is about a missing
 * citation, quotation marks or note rather than a wording, the fix itself is pinned.
 */
describe('fact check of 6 December 2026 (#24)', () => {
	it.each<[string, RegExp[]]>([
		['F1 the home page’s title states the report as fact', [/deeper into Russia \| The ATACMS decision/]],
		// The report's own four people (one official, three others); a later outlet's unnamed officials are right.
		['F2 “unnamed officials” for one official and three others', [/news report said[^.]*citing unnamed officials/i]],
		[
			'F3 the Pentagon made to say the troops were retaking ground',
			[/are helping Russia retake/i, /Ukraine seized in its Kursk region/i],
		],
		['F4 Blinken’s estimate called the first', [/the first of the US estimates/i]],
		['F5 the doctrine’s approval declared no reply to the news', [/not a new step taken in reply/i]],
		['F6 “add fuel to the fire” pinned on the decision', [/Kremlin says the decision would/i]],
		['F7 the missiles “used” in Ukraine (world map caption)', [/where the missiles would be used/i]],
		['F8 “never ATACMS”', [/never ATACMS/i]],
		['F10 Guterres at the G20 summit on 17 November', [/summit in Rio de Janeiro that day/i]],
		['F11 October 2023 as the missile’s first launch', [/from the first ATACMS launch/i]],
		[
			'F12 the Pentagon’s figure without its hedge',
			[
				/by the Pentagon’s estimate/i,
				/Pentagon estimates 11,000/i,
				/Pentagon (put|estimated)[^.]{0,60}11,000 to 12,000/i,
			],
		],
		['F13 a claim that nobody confirmed it', [/nobody confirmed it/i, /No named official confirmed/i]],
		['F14 Trump’s wish stated as fact', [/Trump, who wants the war/i]],
		['F15 “not their end” put in the report’s mouth', [/not their end/i]],
		['F16 “two reasons” and “directly”', [/gives two reasons for the timing/i, /links the decision directly/i]],
		['F17 allies “divided” or “argued among themselves”', [/divided Ukraine’s allies/i, /argued among themselves/i]],
		['F18 “getting worse” for a permanent deterioration', [/keeping the war from getting worse/i]],
		['F19 Kim said to have sent soldiers to fight', [/he sent thousands of soldiers to fight for Russia/i]],
		['F20 Kursk put in the report’s mouth', [/(Ukraine|Ukrainian forces) had taken in the Kursk region/i]],
		['F22 a disputed hit stated as fact', [/\bhits? an arsenal near Karachev/i, /an arsenal was hit\b/i]],
		[
			'F23 later G20 dates without “later”',
			[/leaders’? summit took place in Rio/i, /opened later, on 18 and 19 November/i, /Rio de Janeiro \(18 Nov\)/],
		],
		['F24 the map’s band as what could be reached', [/What could be reached inside Russia/i]],
		['F25 eleven words of the report unquoted', [/a speech in Brazil on his way to the Group of/i]],
		['F26 coloured words', [/hangs over it/i, /meant to cripple/i, /Biden’s silence/i]],
		[
			'F27 the report’s day read as the decision’s',
			[/unknown about the missile decision on 17 November/i, /\bThe decision \(\d+\)/],
		],
		['F30 unpublished overstatements', [/first loosening of US limits/i, /part of why the decision came/i]],
	])('%s: no page says it', (_, patterns) => {
		for (const pattern of patterns) expect(pagesSaying(pattern), String(pattern)).toEqual([]);
	});

	it('F9: the corrections trail quotes the old setting of Zelenskyy’s remark in full', () => {
		expect(page('/corrections/').body).toContain(
			'“Remarks after the Russian strike on Sumy and the attack on the energy grid”',
		);
	});

	it('F21: Ishiba’s page cites the report for what only the report says', () => {
		const { body } = page('/people/shigeru-ishiba/');
		expect(body).toMatch(/According to the report, North Korea’s troops/);
		expect(readHtml(distDir, '/people/shigeru-ishiba/')).toContain('/sources/#report-2024-11-17');
	});

	it('F25: every page that quotes Guterres quotes his words in full, with quotation marks', () => {
		const quoting = [...pages.values()].filter(
			(text) => !correctionsTrail.test(text.page) && /permanent deterioration/.test(text.body),
		);
		expect(quoting.map((text) => text.page)).toContain('/story/reactions/');
		const truncated = quoting
			.filter(
				(text) =>
					text.body.split('permanent deterioration').length - 1 !==
					text.body.split('“avoid a permanent deterioration of the war in Ukraine”').length - 1,
			)
			.map((text) => text.page);
		expect(truncated).toEqual([]);
	});

	it('F27: the timeline heads the report’s day as the day of the report', () => {
		expect(readHtml(distDir, '/timeline/')).toMatch(/id="phase-decision"[^>]*>\s*Day of the report\s*</);
	});

	it.each([
		['F28', '/glossary/kharkiv-exception/', '2026-11-25-kharkiv-rule-widened-in-june'],
		['F28', '/glossary/range-restrictions/', '2026-11-25-kharkiv-rule-widened-in-june'],
		['F28', '/timeline/', '2026-11-25-kharkiv-rule-widened-in-june'],
		['F29', '/glossary/intermediate-range-ballistic-missile/', '2026-12-06-irbm-range-class'],
		['F29', '/glossary/north-korean-troop-deployment/', '2026-12-06-pentagon-troop-estimate'],
		['F29', '/places/washington/', '2026-12-06-decision-not-placed-in-washington'],
	])('%s: %s carries the note of the correction %s', (_, path, id) => {
		expect(readHtml(distDir, path)).toMatch(new RegExp(`class="correction-note"[\\s\\S]*/corrections/#${id}"`));
	});
});

/**
 * The second fact check of 6 December 2026 (items G1–G27): each wording it flagged, pinned out of
 * every built page but /corrections/; where the fix is a source, a label or a unit, the fix itself.
 */
describe('fact check 2 of 6 December 2026 (G1–G27)', () => {
	it.each<[string, RegExp[]]>([
		['G1 the Kyiv Independent page cited for Ukraine’s denial', [/General Staff’s denial that day/]],
		['G2 Oreshnik said to have entered service in Belarus', [/Oreshnik (had entered|is) in service in Belarus/i]],
		['G3 an approval step for a reported block', [/each use needed the Pentagon/i]],
		['G4 every quotation said to come from the report', [/quoted inline with its source/i]],
		[
			'G6 Ukraine’s claim without “without naming the weapon”',
			[/said it hit the arsenal(?!, without naming the weapon)/],
		],
		['G7 Russia’s figures placed at the arsenal', [/missiles fired at an arsenal near Karachev/i]],
		['G9 the Pentagon’s figure without its hedge', [/\(about 11,000 to 12,000, the Pentagon said/]],
		['G11 10,000 as the lowest US estimate', [/US estimates of the troops ran from/]],
		['G12 the swap offered on the day the capture was announced', [/confirmed, and offered to hand them/]],
		[
			'G13 every ring placed by either side',
			[/Russia’s defence ministry or Ukraine’s General Staff reported near the places named/],
		],
		['G14 Russia said to have named the Lviv region', [/fired Oreshnik at a target there/]],
		['G15 overstated summaries', [/without giving its terms/, /missiles ran short/, /well beyond the Kursk region/]],
		['G16 a conclusion drawn from one disputed count', [/suggests the supply was small/i]],
		['G17 Kellogg’s reading of Trump given as policy', [/Kellogg said Ukraine may strike deep/]],
		['G20 the Army’s and the maker’s own descriptions', [/by the US Army and its maker/]],
		[
			'G21 every outlet said to cite US officials',
			[/also citing US officials/, /reported the news, citing US officials/],
		],
		['G25 Radio Svoboda’s page dated the day of the strike', [/Radio Svoboda, 18 Nov 2025/]],
	])('%s: no page says it', (_, patterns) => {
		for (const pattern of patterns) expect(pagesSaying(pattern), String(pattern)).toEqual([]);
	});

	it('G1: Ukraine’s denial of 26 April 2025 is cited to the page that carries it', () => {
		expect(page('/story/open-questions/').body).toContain('Ukraine’s General Staff rejected the claim the same day');
		expect(readHtml(distDir, '/story/open-questions/')).toContain('#source-ukrainska-pravda-2025-04-26-kursk-denial');
	});

	it('G2: no page links the Journal’s story about Odesa', () => {
		const linking = [...pages.keys()].filter((path) => readHtml(distDir, path).includes('thejournal.ie'));
		expect(linking).toEqual([]);
	});

	it('G6: the home page says Ukraine did not name the weapon', () => {
		expect(page('/').body).toMatch(/Ukraine said it hit the arsenal, without naming the weapon/);
	});

	it('G10: the feed’s update entry no longer undercounts the later events', () => {
		expect(readFileSync(path.join(distDir, 'feed.xml'), 'utf8')).not.toContain('22 more later events');
	});

	it('G16: the supply count is shown as disputed', () => {
		expect(page('/story/open-questions/').body).toContain('That count is disputed');
	});

	it('G18: the Hindustan Times page is named as AFP’s report', () => {
		expect(page('/sources/').body).toContain('Agence France-Presse, published by the Hindustan Times');
	});

	it('G26: the decision week gives the doctrine’s announcement of 25 September 2024', () => {
		expect(page('/').body).toContain('nuclear doctrine he announced on 25 September 2024');
	});

	it('G27: Sudzha is a town, as its summary says', () => {
		expect(page('/places/sudzha/').body).toContain('A town in Russia, at');
	});
});
