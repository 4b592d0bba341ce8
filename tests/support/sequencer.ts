import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { projectRoot } from '../../scripts/site-build.ts';

const inProject = (files: string[]) => files.map((file) => `${projectRoot}/${file}`);

// The files that take longest, longest first: started early, each keeps one worker busy while
// the many short files share the other. Vitest would otherwise run projects in name order.
const slowFirst = inProject([
	'tests/browser/audit-1.test.ts',
	'tests/browser/audit-2.test.ts',
	'tests/browser/offline.test.ts',
	'tests/lint/lint.test.ts',
	'tests/build/content-errors.test.ts',
	'tests/build/second-story.test.ts',
]);
// Last: the reproducibility test compares with a build that goes on while the tests start
// (tests/support/global-setup.ts); by the end of the run it has finished, and no worker waits.
const last = inProject(['tests/site/reproducible.test.ts']);

export default class SlowFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) => {
			if (last.includes(spec.moduleId)) return slowFirst.length + 1;
			const index = slowFirst.indexOf(spec.moduleId);
			return index === -1 ? slowFirst.length : index;
		};
		return sorted
			.map((spec, index) => ({ spec, index }))
			.sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
			.map(({ spec }) => spec);
	}
}
