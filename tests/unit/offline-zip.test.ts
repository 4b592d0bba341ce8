import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipFiles } from '../../scripts/site-build.ts';

/** The DOS date and time of a zip's first entry (its local file header), as written. */
function firstEntryStamp(zip: Uint8Array) {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const time = view.getUint16(10, true);
	const date = view.getUint16(12, true);
	return {
		day: `${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')}`,
		time: `${String(time >> 11).padStart(2, '0')}:${String((time >> 5) & 63).padStart(2, '0')}`,
	};
}

describe('the offline zip', () => {
	const zone = process.env.TZ;
	afterEach(() => {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
	});
	const files = { 'b.html': new TextEncoder().encode('<p>b'), 'a.html': new TextEncoder().encode('<p>a') };
	const day = new Date('2024-11-17T00:00:00Z');

	it('has the same bytes in every time zone, each entry dated the given day at midnight', () => {
		const zips = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati'].map((name) => {
			process.env.TZ = name;
			return zipFiles(files, day);
		});
		for (const zip of zips.slice(1)) expect(Buffer.from(zip).equals(Buffer.from(zips[0]!))).toBe(true);
		expect(firstEntryStamp(zips[0]!)).toEqual({ day: '2024-11-17', time: '00:00' });
	});

	it('holds every file, in name order', () => {
		const zip = zipFiles(files, day);
		expect(Object.keys(unzipSync(zip))).toEqual(['a.html', 'b.html']);
	});
});
