import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';

// The report the story is built from travels with the project, so quotes can be checked
// against it anywhere; where the team's shared folder is beside the project, the copy must match.
const copy = path.join(projectRoot, 'src/content/sources/report-2024-11-17.txt');
const shared = path.join(projectRoot, '../shared/source/report-2024-11-17.txt');

describe('the source report', () => {
	it('is kept in the project', () => {
		expect(readFileSync(copy, 'utf8')).toContain('Army Tactical Missile System (ATACMs)');
	});
	it.runIf(existsSync(shared))('is byte for byte the shared original', () => {
		expect(readFileSync(copy)).toEqual(readFileSync(shared));
	});
});
