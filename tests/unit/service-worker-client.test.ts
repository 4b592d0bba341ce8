import { describe, expect, it } from 'vitest';
import { mayDownloadSite } from '../../src/scripts/service-worker-client.ts';

describe('whether the whole site may be downloaded in the background', () => {
	it.each([
		[undefined, true],
		[{}, true],
		[{ saveData: false, effectiveType: '4g' }, true],
		[{ saveData: false, effectiveType: '3g' }, true],
		[{ saveData: true, effectiveType: '4g' }, false],
		[{ saveData: false, effectiveType: '2g' }, false],
		[{ saveData: false, effectiveType: 'slow-2g' }, false],
		[{ effectiveType: '2g' }, false],
	])('connection %o: %s', (connection, allowed) => {
		expect(mayDownloadSite(connection)).toBe(allowed);
	});
});
