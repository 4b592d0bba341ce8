/** /llms-full.txt: llms.txt followed by the full text of every story page. */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../data/llms';

export const GET: APIRoute = async ({ site }) =>
	new Response(await llmsTxt(site, { full: true }), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
