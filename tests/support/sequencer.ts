import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { projectRoot } from '../../scripts/site-build.ts';

// The files that take longest, longest first: started early, each keeps one worker busy while
// the many short files share the other. Vitest would otherwise run projects in name order.
const slowFirst = [
	'tests/site/reproducible.test.ts',
	'tests/browser/audit-light.test.ts',
	'tests/browser/audit-dark.test.ts',
	'tests/build/content-errors.test.ts',
	'tests/browser/offline.test.ts',
].map((file) => `${projectRoot}/${file}`);

export default class SlowFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) => {
			const index = slowFirst.indexOf(spec.moduleId);
			return index === -1 ? slowFirst.length : index;
		};
		return sorted
			.map((spec, index) => ({ spec, index }))
			.sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
			.map(({ spec }) => spec);
	}
}
