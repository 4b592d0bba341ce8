import type { APIRoute } from 'astro';
import { glossaryIndex } from '../data/site';

/** The glossary search index: the browser's search, the offline build and `npm run glossary` read it. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await glossaryIndex()));
