import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyPagefind } from '../../src/integrations/lazy-pagefind.ts';
import { addButtonTypes, fixSearchMarkup } from '../../src/lib/html/starlight-markup.ts';

const starlightFile = (name: string) =>
	readFileSync(new URL(`../../node_modules/@astrojs/starlight/dist/components/${name}`, import.meta.url));

describe('what the Starlight overrides depend on', () => {
	// These overrides render Starlight's own component and adjust it (markup fixes, what they add
	// around it). When Starlight changes one of these files, read the new version: check that the
	// override, src/lib/html/starlight-markup.ts and src/integrations/lazy-pagefind.ts still fit it
	// (the browser tests help), then update the hash.
	const pinned: [string, string][] = [
		['MarkdownContent.astro', '727baa431c03777fed1a1103131dbb0c4e8fb97b7324ddf8a36025cc05e2a12c'],
		['MobileMenuToggle.astro', 'f3a8099e669d3d025f14e2c9cb6c0a41c0a5bf6460cd818c0e93dd38d9107726'],
		['MobileTableOfContents.astro', 'c6c4309db5991c7d7f370752b0621d168fb250c38c1e0bca3864845bb244ed3d'],
		['PageTitle.astro', '1fb15f2a98caaee567c1bb6bc0555c7fa2abd8c60d817ccb3855dc4db54f9543'],
		['Search.astro', '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062'],
		['Sidebar.astro', 'ba540dad8931f35346240d504524d8bc16dd04ebe63abed97609af59967779bf'],
		['TwoColumnContent.astro', 'b95cc701a94e0b4881bdc0170f76c983f0afa2a7353186b841327617c755733d'],
	];
	it.each(pinned)("Starlight's %s is the version the override was written for", (name, sha256) => {
		expect(createHash('sha256').update(starlightFile(name)).digest('hex')).toBe(sha256);
	});
	it('pins every Starlight component the project overrides', () => {
		// OfflineSearch stands in for Search in the copy opened from disk; it renders no Starlight component.
		const overrides = readdirSync(new URL('../../src/components/overrides/', import.meta.url)).filter(
			(name) => name !== 'OfflineSearch.astro',
		);
		expect(overrides.sort()).toEqual(pinned.map(([name]) => name).sort());
	});
	it("Starlight's search still imports Pagefind's UI from its client script and shows the Apple shortcut", () => {
		const source = starlightFile('Search.astro').toString();
		expect(source).toContain("await import('@pagefind/default-ui')");
		expect(source).toContain("openBtn.setAttribute('aria-keyshortcuts', 'Meta+K')");
	});
});

describe('Starlight markup fixes', () => {
	const search =
		'<site-search><button data-open-modal aria-label="Search"><span aria-hidden="true">Search</span><kbd style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog style="padding:0" aria-label="Search"><button data-close-modal>Cancel</button></dialog></site-search>';

	it('gives buttons a type, hides the shortcut hint from screen readers and moves the dialog style out, changing nothing else', () => {
		expect(fixSearchMarkup(search)).toBe(
			'<site-search><button type="button" data-open-modal><span class="search-label">Search</span><kbd aria-hidden="true" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Search"><button type="button" data-close-modal>Cancel</button></dialog></site-search>',
		);
	});
	it('keeps a type that is already there', () => {
		expect(addButtonTypes('<button type="submit">Go</button>', 'Form')).toBe('<button type="submit">Go</button>');
	});
	it('fails, naming the component, when the markup it fixes is gone', () => {
		expect(() => addButtonTypes('<a href="#">menu</a>', 'MobileMenuToggle')).toThrowErrorMatchingInlineSnapshot(
			`[Error: MobileMenuToggle: no <button> found; Starlight's markup changed]`,
		);
		expect(() => fixSearchMarkup('<button data-open-modal>Search</button>')).toThrowErrorMatchingInlineSnapshot(
			`[Error: Search: the open button with its shortcut <kbd> was not found; Starlight's markup changed]`,
		);
	});
});

describe('Pagefind loaded when search opens', () => {
	interface Plugin {
		resolveId: (id: string, importer?: string) => string | null;
		buildEnd: (this: { environment: { name: string }; error: (message: string) => never }, error?: Error) => void;
	}
	const plugin = (): Plugin => {
		let plugins: Plugin[] = [];
		const setup = lazyPagefind().hooks['astro:config:setup'] as unknown as (options: {
			command: string;
			updateConfig: (config: { vite: { plugins: Plugin[] } }) => void;
		}) => void;
		setup({ command: 'build', updateConfig: (config) => (plugins = config.vite.plugins) });
		return plugins[0]!;
	};
	const context = {
		environment: { name: 'client' },
		error: (message: string): never => {
			throw new Error(message);
		},
	};
	const starlightScript =
		'/x/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=1&lang.ts';

	it("redirects only Starlight's search to the stand-in", () => {
		const lazy = plugin();
		expect(lazy.resolveId('@pagefind/default-ui', starlightScript)).toMatch(/src\/scripts\/pagefind-on-open\.ts$/);
		expect(lazy.resolveId('@pagefind/default-ui', '/x/src/scripts/pagefind-on-open.ts')).toBeNull();
		expect(lazy.resolveId('@pagefind/default-ui/css/ui.css', starlightScript)).toBeNull();
		expect(() => lazy.buildEnd.call(context)).not.toThrow();
	});
	it('fails the client build when Starlight no longer imports Pagefind that way', () => {
		expect(() => plugin().buildEnd.call(context)).toThrow(/no longer imports @pagefind\/default-ui/);
		expect(() => plugin().buildEnd.call({ ...context, environment: { name: 'ssr' } })).not.toThrow();
	});
});
