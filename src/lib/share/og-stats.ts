/**
 * Counts of preview images drawn and taken from the cache in this build, shared through
 * globalThis between the endpoint (which runs while pages prerender) and the og-images integration.
 */
interface OgStats {
	drawn: number;
	cached: number;
	ms: number;
}

const key = Symbol.for('atacms-explainer.og-stats');
const holder = globalThis as { [key]?: OgStats };

export function ogStats(): OgStats {
	return (holder[key] ??= { drawn: 0, cached: 0, ms: 0 });
}
