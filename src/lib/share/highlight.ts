/**
 * Build-time syntax highlighting with shiki for the citation exports: light and dark colours as
 * CSS variables on each token (src/styles/share.css picks one by theme), no client-side code.
 */
import { createHighlighter, type LanguageRegistration } from 'shiki';

/** A small TextMate grammar for RIS ("TY  - ELEC"): shiki has none. */
export const risGrammar: LanguageRegistration = {
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

export const codeThemes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
export type CodeLanguage = 'bibtex' | 'ris' | 'json';

let highlighter: ReturnType<typeof createHighlighter> | undefined;

/** HTML for one code block: a <pre> whose tokens carry --shiki-light and --shiki-dark colours. */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
	const ready = (highlighter ??= createHighlighter({
		themes: [codeThemes.light, codeThemes.dark],
		langs: ['bibtex', 'json', risGrammar],
	}));
	return (await ready).codeToHtml(code, { lang, themes: codeThemes, defaultColor: false, tabindex: false });
}
