/**
 * An event after the report is not part of what was reported: a reader must be told how it is
 * known and be able to check it. So it says which kind of evidence it rests on (`evidence`) and
 * cites at least one source with a public address (`url`).
 */

import { isoDate } from '../site/dates.ts';

/** An event as the rule sees it, after its schema: its file, day, evidence and source ids. */
export interface EvidenceCandidate {
	file: string;
	date: Date;
	evidence?: string;
	sources: readonly string[];
}

/**
 * Every event dated after `reportDate` that does not say how it is known, or whose sources have no
 * address, as file/field/message. `urls` holds, for each source that could be read, whether it has
 * a `url`; a source missing from it is reported elsewhere (an unknown or broken file), not here.
 */
export function checkEvidence(
	events: readonly EvidenceCandidate[],
	urls: ReadonlyMap<string, boolean>,
	reportDate: Date,
): { file: string; field: string; message: string }[] {
	const problems: { file: string; field: string; message: string }[] = [];
	const reportDay = isoDate(reportDate);
	for (const event of events) {
		if (event.date <= reportDate) continue;
		const when = `the event is dated ${isoDate(event.date)}, after the report date (${reportDay})`;
		if (!event.evidence) {
			problems.push({
				file: event.file,
				field: 'evidence',
				message: `\`evidence\` is missing: ${when}, so it must say how it is known; add \`evidence: official\` (said or confirmed on the record), \`report\` (an outlet citing unnamed officials) or \`claim\` (one side’s word, not verified)`,
			});
		}
		const known = event.sources.filter((id) => urls.has(id));
		if (known.length === 0 || known.some((id) => urls.get(id))) continue;
		problems.push({
			file: event.file,
			field: 'sources',
			message: `\`sources\`: ${when}, but none of its sources (${known.map((id) => `\`${id}\``).join(', ')}) has a \`url\`; cite a source with the address of a public page that reports it, so readers can check it`,
		});
	}
	return problems;
}
