// citation-js ships no types; these cover the calls src/lib/share/ makes.
declare module '@citation-js/core' {
	export interface CslItem {
		id: string;
		type: string;
		[field: string]: unknown;
	}
	export interface FormatOptions {
		format?: 'text' | 'html' | 'object' | 'string';
		template?: string;
		lang?: string;
	}
	export class Cite {
		constructor(data: CslItem | CslItem[]);
		data: CslItem[];
		format(name: string, options?: FormatOptions): string;
	}
	interface Register<T> {
		add(name: string, value: T): void;
		has(name: string): boolean;
	}
	export const plugins: {
		config: { get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> } };
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
