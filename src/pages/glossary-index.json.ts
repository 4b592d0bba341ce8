import type { APIRoute } from 'astro';
import { glossaryIndex } from '../data/site';

/**
 * The glossary search index as a file, for reuse (see the Data page). The site does not fetch it:
 * /glossary/ carries the same index inline, and `npm run glossary` builds it from the content.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await glossaryIndex()));
