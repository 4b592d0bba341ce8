import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';

// The report the story is built from travels with the project, so quotes can be checked against
// it in any clone. Its hash is pinned here: a changed byte fails even where the team's shared
// folder is missing; where that folder is beside the project, the copy must also match it.
const copy = path.join(projectRoot, 'src/content/sources/report-2024-11-17.txt');
const shared = path.join(projectRoot, '../shared/source/report-2024-11-17.txt');
const pinnedSha256 = '777759b82d78e41091866644d5316cf31b7ded2f86f10cfa9a734330721e1d75';

describe('the source report', () => {
	it('is the pinned original byte for byte, and the same as the shared copy when one is beside the project', () => {
		const bytes = readFileSync(copy);
		expect(createHash('sha256').update(bytes).digest('hex')).toBe(pinnedSha256);
		if (existsSync(shared)) expect(bytes.equals(readFileSync(shared)), `${copy} differs from ${shared}`).toBe(true);
	});
});
