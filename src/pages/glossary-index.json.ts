import type { APIRoute } from 'astro';
import { glossaryIndex } from '../data/site';

/**
 * The glossary search index as a file: the hosted /glossary/ fetches it when its search box is
 * used (the copy opened from disk carries it inline instead), and the Data page offers it for
 * reuse. `npm run glossary` builds the same index from the content.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await glossaryIndex()));
