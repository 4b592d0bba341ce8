/** The site's square logo (publisher.logo in the structured data): the favicon drawn as a PNG. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { logoImage } from '../../data/share';
import favicon from '../../../public/favicon.svg?raw';

export const GET: APIRoute = () => {
	const png = new Resvg(favicon, { fitTo: { mode: 'width', value: logoImage.width }, font: { loadSystemFonts: false } })
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
