/**
 * Build-time syntax highlighting with shiki for the citation exports: light and dark colours as
 * CSS variables on each token (src/styles/share.css picks one by theme), no client-side code.
 */
import { createHighlighter, type LanguageRegistration } from 'shiki';

/** A small TextMate grammar for RIS ("TY  - ELEC"): shiki has none. */
const risGrammar: LanguageRegistration = {
	name: 'ris',
	scopeName: 'source.ris',
	repository: {},
	patterns: [
		{
			match: '^([A-Z][A-Z0-9])(  - )(.*)$',
			captures: {
				1: { name: 'keyword.other.tag.ris' },
				2: { name: 'punctuation.separator.ris' },
				3: { name: 'string.unquoted.value.ris' },
			},
		},
	],
};

const codeThemes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
export type CodeLanguage = 'bibtex' | 'ris' | 'json';

let highlighter: ReturnType<typeof createHighlighter> | undefined;

/**
 * One highlighter for the citation blocks and the Markdown code blocks, with every language
 * either may ask for: whichever is rendered first creates it, and the other finds it complete.
 */
const shiki = () =>
	(highlighter ??= createHighlighter({
		themes: [codeThemes.light, codeThemes.dark],
		langs: ['bibtex', 'json', 'shellscript', 'javascript', 'typescript', risGrammar],
	}));

/**
 * Options for every code block. No time limit per line: shiki's default (500 ms) gives up on a
 * line that takes longer, as the first line of a language can on a busy machine while its
 * patterns compile, and colours the rest of the block as whatever the line was in (a string,
 * say): a build that depends on the machine's load.
 */
const blockOptions = { themes: codeThemes, defaultColor: false, tabindex: false, tokenizeTimeLimit: 0 } as const;

/** HTML for one code block: a <pre> whose tokens carry --shiki-light and --shiki-dark colours. */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
	return (await shiki()).codeToHtml(code, { lang, ...blockOptions });
}

/** The language names Markdown code blocks may use; anything else is shown as plain text. */
const blockLanguages = ['bibtex', 'json', 'sh', 'shell', 'bash', 'js', 'javascript', 'ts', 'text'] as const;

interface HastElement {
	type: 'element';
	tagName: string;
	properties: Record<string, unknown>;
	children: HastNode[];
	data?: { meta?: string };
}
type HastNode = HastElement | { type: string; value?: string; children?: HastNode[] };

const textOf = (node: HastNode): string =>
	'value' in node && typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join('');

/**
 * A rehype plugin for Markdown code blocks: shiki at build time with light and dark colours as
 * CSS variables (the same output as the citation blocks), and a `title="…"` from the fence's
 * meta shown above the block as its caption. Valid HTML: spans in code, no custom property
 * that a validator cannot read, no client script.
 */
export function rehypeHighlight() {
	return async (tree: HastNode) => {
		const engine = await shiki();
		const visit = async (parent: HastNode) => {
			const children = parent.children ?? [];
			for (let index = 0; index < children.length; index++) {
				const node = children[index]!;
				const code =
					node.type === 'element' && (node as HastElement).tagName === 'pre'
						? (node as HastElement).children[0]
						: undefined;
				if (!code || code.type !== 'element' || (code as HastElement).tagName !== 'code') {
					await visit(node);
					continue;
				}
				const element = code as HastElement;
				const className = ([] as unknown[]).concat(element.properties.className ?? []).map(String);
				const requested = className.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'text';
				const lang = (blockLanguages as readonly string[]).includes(requested) ? requested : 'text';
				const root = engine.codeToHast(textOf(element).replace(/\n$/, ''), {
					lang: lang === 'text' ? 'plaintext' : lang,
					...blockOptions,
				});
				const pre = root.children[0] as unknown as HastNode;
				const title = /title="([^"]*)"/.exec(element.data?.meta ?? '')?.[1];
				const figure: HastElement = {
					type: 'element',
					tagName: 'figure',
					properties: { className: ['code-block'] },
					children: title
						? [
								{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] },
								pre,
							]
						: [pre],
				};
				children[index] = figure;
			}
		};
		await visit(tree);
	};
}
