import { describe, expect, it } from 'vitest';
import { readHtml } from '../support/dist.ts';
import { pageText } from '../support/page-text.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();

/**
 * What became known later (#23), on the built pages: every open question keeps what was asked and
 * gains an answer of its own, with an anchor the home page links to.
 */
interface Heading {
	level: number;
	id: string;
	text: string;
	at: number;
}

/** The h2 and h3 headings of a page's text, in order, with where each starts in the HTML. */
function headings(html: string): Heading[] {
	const content = html.indexOf('sl-markdown-content');
	return [...html.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)]
		.filter((match) => match.index > content)
		.map((match) => ({
			level: Number(match[1]),
			id: match[2]!,
			text: pageText(`<p>${match[3]}</p>`).body,
			at: match.index,
		}));
}

const questionsPage = readHtml(distDir, '/story/open-questions/');
const all = headings(questionsPage);
const questions = all.filter((heading) => heading.level === 2 && heading.text.endsWith('?'));
/** Each question with the heading right after it and the HTML up to the next question-level heading. */
const answered = questions.map((question) => {
	const index = all.indexOf(question);
	const answer = all[index + 1];
	const end = all.slice(index + 1).find((heading) => heading.level === 2)?.at ?? questionsPage.length;
	return { question, answer, html: answer ? questionsPage.slice(answer.at, end) : '' };
});

describe('what became known later', () => {
	it('finds the six open questions', () => {
		expect(questions).toHaveLength(6);
	});

	it.each(answered.map(({ question, answer, html }) => [question.text, answer, html] as const))(
		'“%s” is followed by an answer of its own, dated, cited and saying what is still unknown',
		(_, answer, html) => {
			expect(answer?.level).toBe(3);
			expect(answer?.id).toMatch(/^what-we-know-now-/);
			const text = pageText(html).body;
			expect(text).toMatch(
				/\b(January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b/,
			);
			expect(text).toContain('Still unknown:');
			expect(html).toContain('class="cite"');
			// Short: about 150 words of answer, besides its heading, its "Later: …" label, the
			// "Still unknown" line and the citation markers.
			const answerText = pageText(html.slice(html.indexOf('</h3>')).replace(/<sup class="cite">[\s\S]*?<\/sup>/g, ''))
				.body.replace(/Later: what was known by [^.]*\./, '')
				.replace(/Still unknown:[\s\S]*$/, '');
			expect(answerText.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length).toBeLessThanOrEqual(160);
		},
	);

	it('lists each answer in the page’s contents', () => {
		for (const { answer } of answered) expect(questionsPage).toContain(`href="#${answer!.id}"`);
	});

	it('links each answer from the home page, in one tap', () => {
		const home = readHtml(distDir, '/');
		for (const { answer } of answered) expect(home).toContain(`/story/open-questions/#${answer!.id}"`);
	});
});
