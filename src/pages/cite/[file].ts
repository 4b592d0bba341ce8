/** The RIS and CSL-JSON download for each citable page, e.g. /cite/story-background.ris. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages, citationSettings, configuredSite } from '../../data/share';
import { citePage } from '../../lib/share/citation';

export const getStaticPaths = (async () => {
	const settings = await citationSettings();
	return (await citablePages(configuredSite())).flatMap((page) => {
		const citations = citePage(page, settings);
		return [
			{
				params: { file: `${page.key}.ris` },
				props: { body: citations.ris, type: 'application/x-research-info-systems' },
			},
			{
				params: { file: `${page.key}.json` },
				props: { body: citations.cslJson, type: 'application/vnd.citationstyles.csl+json' },
			},
		];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.body as string, { headers: { 'Content-Type': `${props.type as string}; charset=utf-8` } });
