import { entryPath } from '../site/urls.ts';
import type { GlossaryIndex } from './search-index.ts';
import { prepareIndex, searchGlossary } from './search.ts';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

const usage = `Usage: npm run glossary -- <term>      look a term up (typos and other spellings are fine)
       npm run glossary -- --list      list every term`;

/** The terminal lookup, as a pure function of its arguments and the index: easy to test. */
export function runGlossaryCli(args: readonly string[], index: GlossaryIndex): CliResult {
	if (args.includes('--help') || args.includes('-h')) return { code: 0, stdout: `${usage}\n`, stderr: '' };
	if (args.includes('--list')) {
		return { code: 0, stdout: index.terms.map((term) => `${term.t}: ${term.d}`).join('\n') + '\n', stderr: '' };
	}
	const query = args.filter((arg) => !arg.startsWith('--')).join(' ');
	if (query.trim() === '') return { code: 2, stdout: '', stderr: `${usage}\n` };

	const results = searchGlossary(prepareIndex(index.terms), query, 4);
	const shown = query.length > 60 ? `${query.slice(0, 57)}...` : query;
	const best = results[0];
	if (!best) {
		return {
			code: 1,
			stdout: '',
			stderr: `No glossary term matches "${shown}". Try a shorter word, or list every term: npm run glossary -- --list\n`,
		};
	}
	const lines: string[] = [];
	if (best.kind === 'typo') lines.push(`Closest match for "${shown}":`, '');
	lines.push(best.entry.t);
	if (best.entry.a.length > 0) lines.push(`Also written: ${best.entry.a.join(', ')}`);
	lines.push('', best.entry.d, '', `More: /${entryPath('glossary', best.entry.s)}`);
	const others = results.slice(1).map((result) => result.entry.t);
	if (others.length > 0) lines.push(`See also: ${others.join(', ')}`);
	return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
