import type { APIRoute, GetStaticPaths } from 'astro';
import { mapSvg, mapVariants } from '../../data/maps.ts';

/** One static SVG file per map and per place it marks, e.g. /maps/region.svg and /maps/region-kyiv.svg. */
export const getStaticPaths = (async () =>
	(await mapVariants()).map(({ mapId, highlight, file }) => ({
		params: { file: file.replace(/^maps\//, '').replace(/\.svg$/, '') },
		props: { mapId, highlight },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { mapId, highlight } = props as { mapId: string; highlight?: string };
	return new Response(await mapSvg(mapId, highlight), { headers: { 'Content-Type': 'image/svg+xml' } });
};
