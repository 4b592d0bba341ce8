/**
 * The maps as content: reads the `maps` collection and the places it names, and says which
 * files to draw. The only map module that imports `astro:content`; the rest are pure.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { story } from './site.ts';
import { mapDrawing } from '../lib/map/drawing.ts';
import type { MapModel } from '../lib/map/layout.ts';
import { renderMapSvg } from '../lib/map/render.ts';

/** The entry of the `maps` collection, or an error that says where to add it. */
export async function mapEntry(id: string): Promise<CollectionEntry<'maps'>> {
	const entry = await getEntry('maps', id);
	if (!entry) {
		throw new Error(`There is no map "${id}": add src/content/maps/${id}.yaml or fix the id that names it`);
	}
	return entry;
}

/** A map entry with its places looked up: everything the drawing code needs. */
export async function mapModel(id: string): Promise<MapModel> {
	const { data } = await mapEntry(id);
	const places = new Map((await getCollection('places')).map((p) => [p.id, p]));
	return {
		id,
		kind: data.kind,
		frame: data.frame,
		countries: data.countries,
		transfers: data.transfers,
		labels: data.labels,
		places: data.places.map(({ id: placeId }) => {
			const place = places.get(placeId)!;
			return {
				id: placeId,
				name: place.data.name,
				country: place.data.country,
				lat: place.data.lat,
				lon: place.data.lon,
			};
		}),
		rings: data.rings,
		areas: data.areas,
		bands: data.bands,
		markers: data.markers.map((m) => ({ ...m, place: m.place.id })),
		...(data.scale ? { scale: data.scale } : {}),
	};
}

/** The story's main map (story.yaml's `map`), if it has one. */
export async function storyMapId(): Promise<string | undefined> {
	return (await story()).map;
}

/** The map a place's page shows: the story's map if it shows the place, else the map it names for places elsewhere. */
export async function mapForPlace(placeId: string): Promise<string | undefined> {
	let id = await storyMapId();
	const seen = new Set<string>();
	while (id && !seen.has(id)) {
		seen.add(id);
		const { data } = await mapEntry(id);
		if (data.places.some((p) => p.id === placeId)) return id;
		id = data.elsewhere;
	}
	return undefined;
}

/** The file a map variant is drawn into, relative to the site root, e.g. "maps/region-sumy.svg". */
export function mapFile(mapId: string, highlight?: string): string {
	return `maps/${mapId}${highlight ? `-${highlight}` : ''}.svg`;
}

/** Every map file to draw: each map on its own and with each of its places marked. */
export async function mapVariants(): Promise<{ mapId: string; highlight?: string; file: string }[]> {
	const maps = await getCollection('maps');
	return maps.flatMap((entry) => [
		{ mapId: entry.id, file: mapFile(entry.id) },
		...entry.data.places.map(({ id }) => ({ mapId: entry.id, highlight: id, file: mapFile(entry.id, id) })),
	]);
}

/** The SVG file for one map variant. */
export async function mapSvg(mapId: string, highlight?: string): Promise<string> {
	const { data } = await mapEntry(mapId);
	return renderMapSvg(mapDrawing(await mapModel(mapId), data.title, highlight));
}
