import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { GlossaryIndexEntry } from '../src/lib/glossary/search-index.ts';
import { normalizeText } from '../src/lib/glossary/normalize.ts';
import { pick, seededRandom, type Random } from './prng.ts';

/** A made-up glossary entry with every field the glossary schema asks for. */
export interface SyntheticTerm {
	slug: string;
	term: string;
	aliases: string[];
	definition: string;
	category: GlossaryCategory;
	related: string[];
	body: string;
}

/** What generated terms must not collide with: the real glossary and the real prose. */
export interface Vocabulary {
	/** Every real term and alias, folded with `normalizeText`. */
	names: Set<string>;
	/** Every word of the real content, folded: a made-up name never matches real prose. */
	words: Set<string>;
	slugs: Set<string>;
}

const syllables = [
	'ar', 'bel', 'cor', 'dan', 'ev', 'fen', 'gor', 'hal', 'ist', 'jor', 'kel', 'lor', 'mar', 'nev', 'orn',
	'pel', 'quin', 'ros', 'sal', 'tor', 'ul', 'vel', 'wen', 'xan', 'yor', 'zel', 'bri', 'dra', 'sko', 'tav',
]; // prettier-ignore

const years = Array.from({ length: 40 }, (_, i) => String(1985 + i));
const months = ['January', 'March', 'May', 'July', 'September', 'November'];

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** "A" or "An" before a word, by its first letter: good enough for the words used here. */
const a = (word: string) => `${/^[aeiou]/i.test(word) ? 'An' : 'A'} ${word}`;

interface CategoryShape {
	kinds: string[];
	definition: (random: Random, kind: string) => string;
}

/** Per category: what such a term is called, and a one-sentence definition in the glossary's register. */
const shapes = {
	weapons: {
		kinds: ['Missile', 'Rocket System', 'Glide Bomb', 'Interceptor', 'Attack Drone', 'Howitzer'],
		definition: (random, kind) => {
			const km = 40 + Math.floor(random() * 460);
			return `${a(pick(random, ['short', 'medium', 'long']))}-range ${kind.toLowerCase()} ${pick(random, ['first fielded', 'first tested', 'introduced'])} in ${pick(random, years)}, fired from ${pick(random, ['wheeled launchers', 'tracked vehicles', 'aircraft', 'ships'])} and able to reach about ${km} km (about ${Math.round(km * 0.621)} miles).`;
		},
	},
	organisations: {
		kinds: ['Directorate', 'Agency', 'Council', 'Bureau', 'Command', 'Institute'],
		definition: (random, kind) =>
			`The ${pick(random, ['national', 'regional', 'joint', 'federal'])} ${kind.toLowerCase()} that ${pick(random, ['oversees arms exports', 'coordinates the armed forces', 'advises the head of government on security', 'prepares intelligence assessments', 'publishes official casualty figures'])}, set up in ${pick(random, years)}.`,
	},
	diplomacy: {
		kinds: ['Summit', 'Accord', 'Forum', 'Compact', 'Protocol', 'Talks'],
		definition: (random, kind) =>
			`${a(pick(random, ['yearly', 'occasional', 'standing', 'bilateral', 'multilateral']))} ${kind.toLowerCase()} ${pick(random, ['between neighbouring states', 'of finance ministers', 'on trade and security', 'on arms control', 'of coastal nations'])}, dating from ${pick(random, years)}.`,
	},
	military: {
		kinds: ['Offensive', 'Incursion', 'Operation', 'Brigade', 'Raid'],
		definition: (random, kind) =>
			`${a(pick(random, ['cross-border', 'night', 'armoured', 'airborne', 'coastal']))} ${kind.toLowerCase()} reported in ${pick(random, months)} ${pick(random, years)}, ${pick(random, ['that drew reserves away from the main front', 'aimed at supply depots and rail junctions', 'that ended after several weeks', 'described by each side in very different terms'])}.`,
	},
	policy: {
		kinds: ['Doctrine', 'Exception', 'Restrictions', 'Strategy', 'Guidelines', 'Waiver'],
		definition: (random, kind) =>
			`${a(pick(random, ['written', 'unwritten', 'temporary', 'standing', 'revised']))} ${kind.toLowerCase()} that ${pick(random, ['limits where supplied weapons may be used', 'sets the conditions for a nuclear response', 'governs arms deliveries to partners', 'allows strikes only in self-defence', 'ties aid to reporting requirements'])}, announced in ${pick(random, years)}.`,
	},
	media: {
		kinds: ['Bulletin', 'Channel', 'Briefing', 'Wire', 'Broadcast', 'Digest'],
		definition: (random, kind) =>
			`${a(pick(random, ['daily', 'weekly', 'late-night', 'official', 'independent']))} ${kind.toLowerCase()} ${pick(random, ['that reports statements from the front', 'used by officials to announce decisions', 'followed widely by journalists', 'that publishes maps of the fighting', 'quoted in foreign reports'])}, running since ${pick(random, years)}.`,
	},
} satisfies Record<string, CategoryShape>;
/** The categories of the content the benchmark grows (its story settings' glossaryCategories). */
type GlossaryCategory = keyof typeof shapes;

const categories = Object.keys(shapes) as GlossaryCategory[];

/** Reads the real glossary names and prose, so that made-up names stay clear of both. */
export async function readVocabulary(
	contentRoot: string,
	glossary: readonly GlossaryIndexEntry[],
): Promise<Vocabulary> {
	const words = new Set<string>();
	for (const name of await readdir(contentRoot, { recursive: true })) {
		if (!/\.(md|mdx|ya?ml)$/.test(String(name))) continue;
		const text = await readFile(path.join(contentRoot, String(name)), 'utf8');
		for (const word of normalizeText(text).split(' ')) words.add(word);
	}
	return {
		names: new Set(glossary.flatMap((entry) => [entry.t, ...entry.a].map(normalizeText))),
		words,
		slugs: new Set(glossary.map((entry) => entry.s)),
	};
}

/**
 * Generates `count` plausible, unique glossary terms ("Korvel Missile", aliases "KRV-12" and
 * "Korvel"). Every name is unique across the glossary after folding, as the content check
 * demands, and every made-up word is absent from the real prose, so the auto-linker finds no
 * new mentions on the real pages and their output stays comparable.
 */
export function generateTerms(count: number, seed: number, vocabulary: Vocabulary): SyntheticTerm[] {
	const random = seededRandom(seed);
	const taken = new Set(vocabulary.names);
	const slugs = new Set(vocabulary.slugs);
	const slugger = new GithubSlugger();
	const claim = (name: string) => {
		const key = normalizeText(name);
		if (taken.has(key)) return false;
		taken.add(key);
		return true;
	};
	const freshStem = (): string => {
		for (;;) {
			const parts = Array.from({ length: random() < 0.3 ? 2 : 3 }, () => pick(random, syllables));
			const stem = capitalize(parts.join(''));
			if (!vocabulary.words.has(normalizeText(stem)) && claim(stem)) return stem;
		}
	};

	const terms: SyntheticTerm[] = [];
	while (terms.length < count) {
		const category = pick(random, categories);
		const shape = shapes[category];
		const kind = pick(random, shape.kinds);
		const stem = freshStem();
		const term = `${stem} ${kind}`;
		const slug = slugger.slug(term);
		if (slugs.has(slug) || !claim(term)) continue;
		slugs.add(slug);

		const aliases: string[] = [];
		const code = `${stem
			.replace(/[aeiou]/gi, '')
			.slice(0, 3)
			.toUpperCase()}-${1 + Math.floor(random() * 99)}`;
		if (claim(code)) aliases.push(code);
		const variant = `${stem}${stem.slice(-1)} ${kind}`;
		if (random() < 0.2 && !vocabulary.words.has(normalizeText(variant.split(' ')[0]!)) && claim(variant))
			aliases.push(variant);

		const definition = shape.definition(random, kind);
		if (definition.length < 20 || definition.length > 240) throw new Error(`Bad synthetic definition: ${definition}`);
		const relatedTerms =
			terms.length === 0
				? []
				: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(random, terms)))];
		const related = relatedTerms.map((other) => other.slug);
		const relatedNames = relatedTerms.map((other) => other.term);
		const body = [
			`${term} is ${definition.charAt(0).toLowerCase()}${definition.slice(1)}${aliases.length > 0 ? ` Reports also call it ${aliases.join(' or ')}.` : ''}`,
			`${relatedNames.length > 0 ? `It is often mentioned together with the ${relatedNames.join(' and the ')}. ` : ''}Accounts of its ${pick(random, ['origins', 'use', 'scope', 'history'])} differ; this entry gives only what the cited sources agree on.`,
		].join('\n\n');
		terms.push({ slug, term, aliases, definition, category, related, body });
	}
	return terms;
}

/** The term as a glossary Markdown file, in the same shape as `src/content/glossary/*.md`. */
export function toMarkdown(term: SyntheticTerm, sources: readonly string[]): string {
	const list = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
	return [
		'---',
		`term: ${JSON.stringify(term.term)}`,
		`aliases: ${list(term.aliases)}`,
		`definition: ${JSON.stringify(term.definition)}`,
		`category: ${term.category}`,
		`related: ${list(term.related)}`,
		`sources: ${list(sources)}`,
		'---',
		'',
		term.body,
		'',
	].join('\n');
}

/** The term as the search index carries it. */
export function toIndexEntry(term: SyntheticTerm): GlossaryIndexEntry {
	return { s: term.slug, t: term.term, a: term.aliases, d: term.definition, c: term.category };
}
