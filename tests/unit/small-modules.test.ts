import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/site/dates.ts';
import { distanceKm, formatCoordinates } from '../../src/lib/map/geo.ts';
import { compareTerms, letterOf } from '../../src/lib/glossary/groups.ts';
import { jsonLdScript } from '../../src/lib/share/json-ld.ts';
import { buildBacklinks } from '../../src/lib/content/link-graph.ts';
import { normalizeText } from '../../src/lib/glossary/normalize.ts';
import { closest, editDistance } from '../../src/lib/glossary/edit-distance.ts';
import { normalizeBase, withBase } from '../../src/lib/site/urls.ts';

describe('base path', () => {
	it('normalises the forms people write', () => {
		expect([undefined, '', '/', 'atacms', '/atacms', '/atacms/', 'a/b'].map(normalizeBase)).toEqual([
			'/',
			'/',
			'/',
			'/atacms/',
			'/atacms/',
			'/atacms/',
			'/a/b/',
		]);
	});
	it('refuses characters a path cannot hold', () => {
		expect(() => normalizeBase('/a b/')).toThrowErrorMatchingInlineSnapshot(
			`[Error: BASE_PATH "/a b/" has characters a URL path cannot hold; use letters, digits, "-", "_", "." and "/"]`,
		);
	});
	it('joins base and path with one slash', () => {
		expect(withBase('/atacms/', '/glossary/')).toBe('/atacms/glossary/');
		expect(withBase('/', 'glossary/')).toBe('/glossary/');
	});
});

describe('link graph', () => {
	it('lists each page once per entry, in page order', () => {
		const backlinks = buildBacklinks([
			{ url: '/a/', title: 'A', refs: { glossary: ['atacms', 'atacms'], people: ['joe-biden'] } },
			{ url: '/b/', title: 'B', refs: { glossary: ['atacms'] } },
		]);
		expect(backlinks.get('glossary:atacms')).toEqual([
			{ url: '/a/', title: 'A' },
			{ url: '/b/', title: 'B' },
		]);
		expect(backlinks.get('people:joe-biden')).toEqual([{ url: '/a/', title: 'A' }]);
		expect(backlinks.get('places:sumy')).toBeUndefined();
	});
});

describe('small helpers', () => {
	it('folds case, accents, zero-width characters and punctuation', () => {
		expect(normalizeText('  Zelénskyy’s\u200b  ATACMs! ')).toBe('zelenskyy s atacms');
	});
	it('drops lone surrogates, and never joins two halves an accent kept apart into a character nobody typed', () => {
		expect(normalizeText('ATA\ud800CMS')).toBe('atacms');
		expect(normalizeText('x\udc00y')).toBe('xy');
		expect(normalizeText('a\ud800\u0301\udc00b')).toBe('ab');
		expect(normalizeText('a😀b')).toBe('a😀b');
	});
	it('measures edit distance with swaps', () => {
		expect(editDistance('apec', 'apek')).toBe(1);
		expect(editDistance('atacms', 'atcams')).toBe(1);
		expect(closest('himars-x', ['himars', 'atacms'])).toBe('himars');
		expect(closest('zzz', ['himars'])).toBeUndefined();
	});
	it('writes dates the house way', () => {
		expect(formatDate(new Date('2024-11-17T00:00:00Z'))).toBe('17 November 2024');
	});
	it('formats coordinates and distances', () => {
		expect(formatCoordinates(-12.05, -77.04)).toBe('12.05° S, 77.04° W');
		// Kyiv to Moscow is about 756 km on the great circle.
		expect(distanceKm({ lat: 50.45, lon: 30.52 }, { lat: 55.76, lon: 37.62 })).toBeCloseTo(756, -1);
	});
	it('files terms under their first letter, in one A–Z order', () => {
		expect(['ATACMS', 'G20', '9/11', 'élan'].map(letterOf)).toEqual(['A', 'G', '#', 'E']);
		expect(['élan', 'ATACMS', 'apec', 'Eagle'].sort(compareTerms)).toEqual(['apec', 'ATACMS', 'Eagle', 'élan']);
	});
	it('keeps JSON-LD from closing its script tag', () => {
		expect(jsonLdScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});
});
