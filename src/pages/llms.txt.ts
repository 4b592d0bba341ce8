/** /llms.txt: the story in reading order, each page with its description (src/data/llms.ts). */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../data/llms';

export const GET: APIRoute = async ({ site }) =>
	new Response(await llmsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
