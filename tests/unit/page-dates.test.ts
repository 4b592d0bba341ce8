import { describe, expect, it } from 'vitest';
import { formatDayRange } from '../../src/lib/site/dates.ts';
import { countWords, readingMinutes } from '../../src/lib/site/reading-time.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a span of days in house style', () => {
	it('names the month and year once when both days share them', () => {
		expect(formatDayRange(day('2030-03-01'), day('2030-03-05'))).toBe('1 to 5 March 2030');
	});

	it('names both months when the span crosses one, and both years across a new year', () => {
		expect(formatDayRange(day('2030-02-27'), day('2030-03-03'))).toBe('27 February to 3 March 2030');
		expect(formatDayRange(day('2030-12-30'), day('2031-01-02'))).toBe('30 December 2030 to 2 January 2031');
	});

	it('gives a single day once', () => {
		expect(formatDayRange(day('2030-03-01'), day('2030-03-01'))).toBe('1 March 2030');
	});
});

describe('reading time', () => {
	it('counts the words a reader sees, not imports, components or link targets', () => {
		const body = [
			"import Cite from '~/components/Cite.astro';",
			'',
			'## Why now',
			'',
			'It was [authorised](/glossary/x/) on 1 March. <Cite id="report" />',
		].join('\n');
		expect(countWords(body)).toBe(8);
	});

	it('rounds to whole minutes, never less than one', () => {
		expect(readingMinutes('word '.repeat(10))).toBe(1);
		expect(readingMinutes('word '.repeat(1000))).toBe(5);
	});
});
