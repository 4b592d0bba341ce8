/**
 * Story settings that pass the schema (src/schemas/story.ts), as a writer would put them in
 * story.yaml, with the fields a test sets: one fictional story, reported on 1 March 2030.
 */
export const storySettings = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
	title: 'A story',
	description: 'A fictional story for tests.',
	reportDate: '2030-03-01',
	published: '2030-03-05',
	asReportedOn: 'As reported on 1 March 2030.',
	window: { start: '2030-01-01', end: '2031-12-31' },
	phases: { before: { label: 'Before' }, decision: { label: 'The day' }, after: { label: 'After' } },
	decisionWeek: { start: '2030-02-27', end: '2030-03-03' },
	glossaryCategories: { terms: 'Terms' },
	...overrides,
});
