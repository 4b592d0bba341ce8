import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/check.ts';
import { checkContentDir } from '../../src/lib/content/check-dir.ts';
import { projectRoot } from '../support/build.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'atacms-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Lays one case's files over the small valid content set and runs the content check the build
 * runs first (src/integrations/content-check.ts); returns its message with the temporary folder
 * shown as <content>. That the build stops on it, writing nothing: tests/build/content-errors.test.ts.
 */
async function expectRefused(name: string): Promise<string> {
	const content = path.join(work, name);
	cpSync(path.join(fixtures, '_base'), content, { recursive: true });
	cpSync(path.join(fixtures, name), content, { recursive: true });
	const { problems } = await checkContentDir(projectRoot, content);
	expect(problems.length, `${name} has a problem`).toBeGreaterThan(0);
	const message = formatProblems(problems);
	expect(message).toMatch(/^The content has \d+ problems?; nothing was built\./);
	return message.replaceAll(content, '<content>');
}

describe('the content check refuses bad content', () => {
	// The valid base passes the content check (tests/unit/content-check.test.ts), and a whole
	// site builds from other content in tests/build/second-story.test.ts.
	it('names the file and field when a required field is missing', async () => {
		const message = await expectRefused('missing-field');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/glossary/atacms.md
			    - \`term\` is missing; add a \`term:\` line (src/schemas/ says what it holds)"
		`);
	});

	it('suggests the nearest glossary id for a related term that does not exist', async () => {
		const message = await expectRefused('unknown-reference');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/glossary/atacms.md
			    - \`related[0]\` names \`himars-x\`, which is not a glossary entry in src/content/glossary/. Did you mean \`himars\`?"
		`);
	});

	it('refuses an alias claimed by two glossary terms', async () => {
		const message = await expectRefused('duplicate-alias');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/glossary/himars.md
			    - "ATACMs" is already the term "ATACMS" of <content>/glossary/atacms.md; a name must lead to one entry, so remove it from one of them"
		`);
	});

	it('refuses a date that is not on the calendar', async () => {
		const message = await expectRefused('malformed-date');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/events/decision.yaml
			    - \`date\`: 2024-13-45 is not a real calendar date; write it as YYYY-MM-DD, e.g. 1999-12-31"
		`);
	});

	it('refuses an event date outside 2022 to 2025', async () => {
		const message = await expectRefused('date-out-of-range');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/events/decision.yaml
			    - \`date\`: 2021-05-01 is outside the story's window (2022-01-01 to 2025-12-31); check the year"
		`);
	});

	it('refuses an empty quote', async () => {
		const message = await expectRefused('empty-quote');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/quotes/speak.yaml
			    - \`text\`: a quote cannot be empty; paste the words exactly as the source has them"
		`);
	});

	it('refuses a quote whose speaker is not in people', async () => {
		const message = await expectRefused('unknown-speaker');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/quotes/speak.yaml
			    - \`speaker\` names \`joe-bidden\`, which is not a person in src/content/people/. Did you mean \`joe-biden\`?"
		`);
	});

	it('refuses coordinates outside the globe', async () => {
		const message = await expectRefused('bad-coordinates');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/places/sumy.yaml
			    - \`lat\` is 150.91, but latitude must be between -90 and 90"
		`);
	});

	it('suggests the nearest category for an unknown one', async () => {
		const message = await expectRefused('unknown-category');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/glossary/atacms.md
			    - \`category\` is "weapon", which is not one of the story settings' glossaryCategories: weapons, policy. Did you mean \`weapons\`?"
		`);
	});

	it('refuses a source url that is not a web address', async () => {
		const message = await expectRefused('malformed-url');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/sources/report.yaml
			    - \`url\`: url must be a full address starting with https://, or leave the field out"
		`);
	});

	it('refuses two entries with the same slug', async () => {
		const message = await expectRefused('duplicate-slug');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/glossary/atacms.md
			    - its id \`atacms\` is already used by <content>/glossary/atacms-copy.md; give one of them another file name or \`slug\`"
		`);
	});

	it('says a list was expected when a field has the wrong type', async () => {
		const message = await expectRefused('wrong-type');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/glossary/atacms.md
			    - \`aliases\` should be a list such as [first, second], but is a string"
		`);
	});

	it('refuses an empty file', async () => {
		const message = await expectRefused('empty-file');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/people/nobody.yaml
			    - the file is empty; fill it in or delete it"
		`);
	});

	it('points at the line of broken YAML frontmatter, and does not call the term missing where it is named', async () => {
		const message = await expectRefused('invalid-yaml');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/glossary/atacms.md
			    - the YAML frontmatter does not parse (line 6): missed comma between flow collection entries; check the quoting and indentation"
		`);
	});

	it('reports a broken YAML file once, not again as missing from the files that name it', async () => {
		// events/decision.yaml and quotes/speak.yaml name joe-biden; the file is there, only broken.
		const message = await expectRefused('invalid-yaml-referenced');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/people/joe-biden.yaml
			    - the YAML does not parse (line 7): unexpected end of the stream within a flow collection; check the quoting and indentation"
		`);
	});

	it('refuses a summary that names a day after the report without saying “later”', async () => {
		const message = await expectRefused('later-date-unmarked');
		expect(message).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  <content>/events/strike.yaml
			    - \`summary\` names 19 November 2024, after the report date (2024-11-17), without saying so; say “later” or “after the report” (e.g. “Later, on 19 November 2024, …”), or move the date out of this line"
		`);
	});
	it('refuses an event after the report that does not say how it is known or link a source', async () => {
		const message = await expectRefused('later-event-unsourced');
		expect(message).toMatchInlineSnapshot(`
			"The content has 2 problems; nothing was built.

			  <content>/events/strike.yaml
			    - \`evidence\` is missing: the event is dated 2024-11-19, after the report date (2024-11-17), so it must say how it is known; add \`evidence: official\` (said or confirmed on the record), \`report\` (an outlet citing unnamed officials) or \`claim\` (one side’s word, not verified)
			    - \`sources\`: the event is dated 2024-11-19, after the report date (2024-11-17), but none of its sources (\`report\`) has a \`url\`; cite a source with the address of a public page that reports it, so readers can check it"
		`);
	});
});
