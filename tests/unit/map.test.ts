import { readdirSync, readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import yaml from 'js-yaml';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { RawEntry } from '../../src/lib/content/files.ts';
import { bandArea, distanceToBorderKm, forD3, roundedDistance } from '../../src/lib/map/features.ts';
import { distanceKm } from '../../src/lib/map/geo.ts';
import { applyTransfers, countryFeature, regionShapes, simplifyLine, worldShapes } from '../../src/lib/map/geometry.ts';
import { mapDrawing } from '../../src/lib/map/drawing.ts';
import { boxesOverlap, dotBox, placeLabels, type Box, type PlacedLabel } from '../../src/lib/map/labels.ts';
import {
	NARROW_LAYER,
	projectionOf,
	regionFeatures,
	regionLayer,
	splitLabel,
	WIDE_LAYER,
	type MapLayer,
	type MapModel,
	type MapPlace,
} from '../../src/lib/map/layout.ts';
import { MAP_SIZE, projectPoint, sizeOf, type LatLon } from '../../src/lib/map/projection.ts';
import { renderMapSvg, starPath, type MapDrawing } from '../../src/lib/map/render.ts';
import type { LabelPlacement } from '../../src/schemas/map.ts';
import { CompactPath } from '../../src/lib/map/svg-path.ts';
import { plainRef } from '../../src/schemas/ref.ts';
import { countSentences, mapsSchema } from '../../src/schemas/map.ts';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

const content = new URL('../../src/content/', import.meta.url);
const places: MapPlace[] = readdirSync(new URL('places/', content))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		id: file.replace(/\.yaml$/, ''),
		...(yaml.load(readFileSync(new URL(`places/${file}`, content), 'utf8')) as Omit<MapPlace, 'id'>),
	}));
const place = (id: string) => places.find((p) => p.id === id)!;

type LoadedMap = MapModel & {
	title: string;
	labels: Record<string, LabelPlacement>;
	legend: { symbol: string; label: string }[];
	caption: { text: string };
	alt: string;
	distances?: { border: [string, string]; caption: string; note?: string };
};

/** A map file of this story, parsed by the real schema, with its places looked up. */
function loadMap(id: string): LoadedMap {
	const raw = yaml.load(readFileSync(new URL(`maps/${id}.yaml`, content), 'utf8'));
	const data = mapsSchema(plainRef).parse(raw) as unknown as Omit<LoadedMap, 'id' | 'places'> & { places: string[] };
	return { ...data, id, places: data.places.map(place) };
}
const region = loadMap('region');
const world = loadMap('world');
const EARTH_RADIUS_KM = 6371.0088;

describe('distances on the globe, against published figures', () => {
	// Great-circle distances from independent references (rounded to the km).
	it.each([
		['Kyiv–Moscow', place('kyiv'), place('moscow'), 756],
		['London–Paris', { lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }, 344],
		['New York–Los Angeles', { lat: 40.7128, lon: -74.006 }, { lat: 34.0522, lon: -118.2437 }, 3936],
		['Sydney–Melbourne', { lat: -33.8688, lon: 151.2093 }, { lat: -37.8136, lon: 144.9631 }, 714],
	])('%s is within 1%% of %i km', (_, a, b, km) => {
		expect(Math.abs(distanceKm(a, b) - km) / km).toBeLessThan(0.01);
	});

	it('measures the places in the story to the nearest border as the text has them', () => {
		const border = region.distances!.border;
		// The source report says about 40 km for Sumy; other reports 25 to 40 km.
		const sumy = distanceToBorderKm(place('sumy'), border, region.transfers);
		expect(sumy).toBeGreaterThanOrEqual(25);
		expect(sumy).toBeLessThanOrEqual(40);
		// facts.md: the arsenal near Karachev is about 110 km from the border; the town centre is
		// a little further, and the map's note says the table may differ by up to 10 km.
		const karachev = distanceToBorderKm(place('karachev'), border, region.transfers);
		expect(Math.abs(roundedDistance(karachev).km - 110)).toBeLessThanOrEqual(10);
		expect(roundedDistance(distanceToBorderKm(place('kyiv'), border, region.transfers)).km).toBeGreaterThan(150);
		expect(distanceToBorderKm(place('moscow'), border, region.transfers)).toBeGreaterThan(400);
	});
});

describe('map projection', () => {
	const projection = projectionOf(region);
	const inMap = region.places;

	it('keeps north above south and west left of east for every pair of places', () => {
		for (const a of inMap) {
			for (const b of inMap) {
				const [ax, ay] = projectPoint(a, projection)!;
				const [bx, by] = projectPoint(b, projection)!;
				if (a.lat - b.lat > 0.3) expect(ay, `${a.id} above ${b.id}`).toBeLessThan(by);
				if (b.lon - a.lon > 0.5 && Math.abs(a.lat - b.lat) < 2) expect(ax, `${a.id} left of ${b.id}`).toBeLessThan(bx);
			}
		}
	});

	it('keeps distances in proportion: on-map length per km varies by less than 3% across the places', () => {
		const scales: number[] = [];
		for (const [i, a] of inMap.entries()) {
			for (const b of inMap.slice(i + 1)) {
				const [ax, ay] = projectPoint(a, projection)!;
				const [bx, by] = projectPoint(b, projection)!;
				if (distanceKm(a, b) > 150) scales.push(Math.hypot(ax - bx, ay - by) / distanceKm(a, b));
			}
		}
		expect(Math.max(...scales) / Math.min(...scales)).toBeLessThan(1.03);
	});

	it('fits the whole frame: its corners land inside the viewBox', () => {
		const { west, east, south, north } = region.frame;
		for (const corner of [
			{ lat: south, lon: (west + east) / 2 },
			{ lat: north, lon: (west + east) / 2 },
		]) {
			const [x, y] = projectPoint(corner, projection)!;
			expect(x).toBeGreaterThanOrEqual(0);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(MAP_SIZE.width);
			expect(y).toBeLessThanOrEqual(MAP_SIZE.height);
		}
	});

	it('names a place outside the frame, and the file to fix', () => {
		expect(() => regionFeatures({ ...region, places: [place('lima')] })).toThrow(
			/"lima".*outside its frame.*src\/content\/maps\/region\.yaml/,
		);
	});
});

/** Whether a line segment passes through a box (sampled finely; leaders are short). */
function crosses([x1, y1, x2, y2]: readonly number[], box: Box): boolean {
	for (let t = 0; t <= 1; t += 0.01) {
		const x = x1! + (x2! - x1!) * t;
		const y = y1! + (y2! - y1!) * t;
		if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
	}
	return false;
}

/**
 * What a reader would see as a clash in one label layer: two label boxes that overlap, a label
 * over a symbol, a callout circle or the scale bar, a leader line through another label, a
 * label outside the picture, or one the placement itself marked as colliding.
 */
function collisions(layer: MapLayer, width: number, height: number): string[] {
	const problems: string[] = [];
	const { labels, dots, callouts, scale } = layer;
	const inside = (box: Box) => box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
	labels.forEach((a: PlacedLabel, i) => {
		if (a.collides) problems.push(`${a.id} collides`);
		if (!inside(a.box)) problems.push(`${a.id} leaves the viewBox`);
		for (const b of labels.slice(i + 1)) if (boxesOverlap(a.box, b.box)) problems.push(`${a.id} overlaps ${b.id}`);
		for (const dot of dots)
			if (boxesOverlap(a.box, dotBox(dot.x, dot.y, dot.r))) problems.push(`${a.id} covers the ${dot.id} symbol`);
		for (const c of callouts)
			if (boxesOverlap(a.box, dotBox(c.x, c.y, c.r))) problems.push(`${a.id} covers the ${c.id} circle`);
		if (scale && boxesOverlap(a.box, scale.box)) problems.push(`${a.id} covers the scale bar`);
		for (const b of labels)
			if (b !== a && a.leader && crosses(a.leader, b.box)) problems.push(`${a.id}'s leader crosses ${b.id}`);
	});
	return problems;
}

/** Every layer a map's SVG file offers: wide and, for regional maps, the phone layer. */
const layersOf = (drawing: MapDrawing) =>
	[
		['wide', drawing.wide],
		['narrow', drawing.narrow],
	].filter((entry): entry is [string, MapLayer] => entry[1] !== undefined);

describe('map labels', () => {
	const features = regionFeatures(region);

	it.each([
		['region', region],
		['world', world],
	] as const)(
		'the %s map: no two labels overlap, at every width the SVG offers, with any place highlighted',
		(_, map) => {
			const { width, height } = sizeOf(map.kind);
			for (const highlight of [undefined, ...map.places.map((p) => p.id)]) {
				for (const [name, layer] of layersOf(mapDrawing(map, map.title, highlight))) {
					expect(collisions(layer, width, height), `${name} layer, ${highlight ?? 'no'} place highlighted`).toEqual([]);
				}
			}
		},
	);

	it('names every place at every width, unless the map hides it at that width, and always the page’s own place', () => {
		for (const highlight of [undefined, ...region.places.map((p) => p.id)]) {
			for (const [name, layer] of layersOf(mapDrawing(region, region.title, highlight))) {
				const hidden = (id: string) => {
					const placement = region.labels[id];
					const spot =
						placement && typeof placement === 'object' && 'wide' in placement ? placement[name as 'wide'] : placement;
					return spot === 'hidden' && id !== highlight;
				};
				const ids = layer.labels.map((label) => label.id);
				const expected = region.places.map((p) => p.id).filter((id) => !hidden(id));
				expect(ids, `${name} ${highlight}`).toEqual(expect.arrayContaining([...expected, 'area-0', 'band-0']));
				if (highlight) expect(layer.labels.find((l) => l.id === highlight)?.bold, `${name} ${highlight}`).toBe(true);
			}
		}
	});

	it('names every country the map labels, RUSSIA included, at every width', () => {
		const countries = region.countries.filter((c) => c.label).map((c) => `country-${c.name}`);
		expect(countries).toContain('country-Russia');
		for (const [name, layer] of layersOf(mapDrawing(region, region.title))) {
			expect(
				layer.labels.map((label) => label.id),
				name,
			).toEqual(expect.arrayContaining(countries));
		}
	});

	it('draws the first strike as a star and the strikes only one side reported as rings, each with who reported it', () => {
		const layer = regionLayer(features, WIDE_LAYER);
		const symbols = new Map(layer.dots.map((dot) => [dot.id, dot.symbol]));
		const stars = region.markers.filter((m) => m.symbol === 'strike');
		const rings = region.markers.filter((m) => m.symbol === 'reported');
		expect(stars).toHaveLength(1);
		expect(rings.length).toBeGreaterThanOrEqual(4);
		for (const marker of stars) expect(symbols.get(marker.place)).toBe('strike');
		for (const marker of rings) {
			expect(symbols.get(marker.place), marker.place).toBe('reported');
			expect(marker.reportedBy, marker.place).toBeTruthy();
			expect(marker.date.getTime(), marker.place).toBeGreaterThan(stars[0]!.date.getTime());
			// The map's label gives the date; on phones too.
			const year = String(marker.date.getUTCFullYear());
			expect(layer.labels.find((label) => label.id === marker.place)?.lines.join(' '), marker.place).toContain(year);
			const narrow = regionLayer(features, NARROW_LAYER).labels.find((label) => label.id === marker.place);
			expect(narrow?.lines.join(' '), marker.place).toContain(year);
		}
		expect(region.legend.map((entry) => entry.symbol)).toEqual(expect.arrayContaining(['strike', 'reported', 'area']));
		const svg = renderMapSvg(mapDrawing(region, region.title));
		expect(svg.match(/<path class="strike"/g)).toHaveLength(2 * stars.length);
		expect(svg.match(/<circle class="reported"/g)).toHaveLength(2 * rings.length);
	});

	it('circles the small area and labels it on a leader line, at every width', () => {
		for (const [name, layer] of layersOf(mapDrawing(region, region.title))) {
			const circle = layer.callouts.find((c) => c.id === 'area-0')!;
			const area = features.areas[0]!.box;
			// The circle takes in the whole outline and is big enough to see on a phone.
			expect(circle.r * 2, name).toBeGreaterThanOrEqual(Math.hypot(area.width, area.height));
			expect(circle.r, name).toBeGreaterThanOrEqual(name === 'narrow' ? 20 : 14);
			const label = layer.labels.find((l) => l.id === 'area-0')!;
			expect(label.leader, name).toBeDefined();
			const [x1, y1] = label.leader!;
			expect(Math.hypot(x1 - circle.x, y1 - circle.y), `${name}: the leader starts at the circle`).toBeCloseTo(
				circle.r,
				0,
			);
		}
	});

	it('draws a 0–100–300 km scale bar true at the map’s middle latitude', () => {
		const projection = projectionOf(region);
		const { west, east, south, north } = region.frame;
		const centre = { lat: (south + north) / 2, lon: (west + east) / 2 };
		// An independent measure: the point 300 km due east along the parallel, found with the haversine formula.
		let lo = 0;
		let hi = 10;
		for (let i = 0; i < 60; i++) {
			const mid = (lo + hi) / 2;
			if (distanceKm(centre, { lat: centre.lat, lon: centre.lon + mid }) < 300) lo = mid;
			else hi = mid;
		}
		const [ax, ay] = projection([centre.lon, centre.lat])!;
		const [bx, by] = projection([centre.lon + lo, centre.lat])!;
		const unitsPer300 = Math.hypot(bx - ax, by - ay);
		for (const [name, layer] of layersOf(mapDrawing(region, region.title))) {
			const scale = layer.scale!;
			expect(
				scale.ticks.map((tick) => tick.km),
				name,
			).toEqual([0, 100, 300]);
			const length = scale.ticks.at(-1)!.x - scale.ticks[0]!.x;
			expect(Math.abs(length - unitsPer300) / unitsPer300, name).toBeLessThan(0.01);
			expect(scale.ticks[1]!.x - scale.ticks[0]!.x, name).toBeCloseTo(length / 3, 0);
		}
		const svg = renderMapSvg(mapDrawing(region, region.title));
		expect(svg).toMatch(/<text class="scale-text"[^>]*>300<\/text>/);
		expect(svg).toMatch(/<text class="scale-text"[^>]*>km<\/text>/);
	});

	it('splits a long label before its bracket, and on phones after commas too', () => {
		expect(splitLabel('Within about 300 km (illustrative)', 'bracket')).toEqual([
			'Within about 300 km',
			'(illustrative)',
		]);
		expect(splitLabel('Taganrog, 11 Dec 2024 (Russia says)', 'all')).toEqual([
			'Taganrog,',
			'11 Dec 2024',
			'(Russia says)',
		]);
		expect(splitLabel('Within about 300 km (illustrative)', 'none')).toEqual(['Within about 300 km (illustrative)']);
		expect(splitLabel('60 km (illustrative)', 'bracket')).toEqual(['60 km (illustrative)']);
	});

	it('puts a label to the right of its dot when there is room', () => {
		const [label] = placeLabels([{ id: 'a', x: 100, y: 100, lines: ['Sumy'], fontSize: 16, radius: 5 }], {
			width: 400,
			height: 200,
		});
		expect(label).toMatchObject({ position: 'right', anchor: 'start', collides: false });
	});

	it('takes a fixed spot as it is, with a leader when it is nudged, and says when it covers something', () => {
		const fixed = (dy: number) =>
			placeLabels(
				[
					{
						id: 'a',
						x: 100,
						y: 100,
						lines: ['Sumy'],
						fontSize: 16,
						radius: 5,
						fixed: { position: 'left', offset: 0, dy },
					},
					{ id: 'b', x: 60, y: 100, lines: ['Kyiv'], fontSize: 16, radius: 5 },
				],
				{ width: 400, height: 200 },
			);
		const [a, b] = fixed(-30);
		expect(a).toMatchObject({ id: 'a', position: 'left', anchor: 'end', collides: false });
		expect(a!.leader).toBeDefined();
		// The other label still finds a free spot around the fixed one.
		expect(boxesOverlap(a!.box, b!.box)).toBe(false);
		const [covering] = placeLabels(
			[{ id: 'a', x: 100, y: 100, lines: ['Sumy'], fontSize: 16, radius: 5, fixed: { position: 'left', offset: 0 } }],
			{ width: 400, height: 200, obstacles: [dotBox(80, 100, 5)] },
		);
		expect(covering!.collides).toBe(true);
	});

	it('leaves out an optional label rather than cover something', () => {
		const labels = placeLabels(
			[{ id: 'x', x: 50, y: 50, lines: ['RUSSIA'], fontSize: 16, positions: ['center'], optional: true }],
			{ width: 200, height: 100, obstacles: [dotBox(50, 50, 3)] },
		);
		expect(labels).toEqual([]);
	});
});

/** Distance in km from a point to a polyline, by sampling the line every ~1 km (no turf). */
function sampledDistanceKm(p: LatLon, line: readonly LatLon[]): number {
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		const steps = Math.max(1, Math.ceil(distanceKm(a, b)));
		for (let s = 0; s <= steps; s++) {
			const t = s / steps;
			best = Math.min(best, distanceKm(p, { lat: a.lat + (b.lat - a.lat) * t, lon: a.lon + (b.lon - a.lon) * t }));
		}
	}
	return best;
}

describe('the reach band', () => {
	const band = region.bands[0]!;
	const area = bandArea(band, region.transfers)!;
	const polygons = (area.type === 'Polygon' ? [area.coordinates] : (area as MultiPolygon).coordinates).map(
		(coordinates): Polygon => forD3({ type: 'Polygon', coordinates }),
	);
	const inside = (p: LatLon) => polygons.some((polygon) => geoContains(polygon, [p.lon, p.lat]));

	it('takes in the Russian places within the distance and leaves out the rest', () => {
		for (const p of region.places) {
			const near = sampledDistanceKm(p, band.line) < band.distanceKm - 10;
			const russian = p.country === band.clipTo;
			expect(inside(p), p.id).toBe(near && russian);
		}
		expect(inside(place('karachev'))).toBe(true);
		expect(inside(place('moscow'))).toBe(false);
		expect(inside(place('kharkiv'))).toBe(false);
	});

	it('reaches the full distance and no further', () => {
		const vertices = polygons.flatMap((polygon) =>
			polygon.coordinates[0]!.map(([lon, lat]) => ({ lat: lat!, lon: lon! })),
		);
		const distances = vertices.map((v) => sampledDistanceKm(v, band.line));
		expect(Math.max(...distances)).toBeLessThan(band.distanceKm * 1.01);
		expect(Math.max(...distances)).toBeGreaterThan(band.distanceKm * 0.97);
	});

	it('stays inside the country it is clipped to', () => {
		const country = countryFeature(band.clipTo, region.transfers);
		const vertices = polygons.flatMap((polygon) => polygon.coordinates[0]!);
		const outside = vertices.filter(([lon, lat]) => !geoContains(country, [lon!, lat!]));
		// Vertices on the border itself may fall a hair either side.
		expect(outside.length / vertices.length).toBeLessThan(0.6);
		const km2 = polygons.reduce((sum, polygon) => sum + geoArea(polygon), 0) * EARTH_RADIUS_KM ** 2;
		// A 300 km band along ~700 km of border, one side only: a few hundred thousand km².
		expect(km2).toBeGreaterThan(150_000);
		expect(km2).toBeLessThan(400_000);
	});
});

describe('map content', () => {
	it('outlines about 1,000-1,300 km² for each approximate area, inside the country it is in', () => {
		const area = region.areas[0]!;
		const polygon: Polygon = { type: 'Polygon', coordinates: [area.outline.map((p) => [p.lon, p.lat])] };
		const km2 = Math.min(geoArea(polygon), geoArea(forD3(polygon))) * EARTH_RADIUS_KM ** 2;
		expect(km2).toBeGreaterThan(1000);
		expect(km2).toBeLessThan(1300);
	});

	it('moves Crimea to Ukraine as the map says', () => {
		const topology = countries50m as unknown as Parameters<typeof applyTransfers>[0];
		const moved = applyTransfers(topology, region.transfers);
		const [transfer] = region.transfers;
		const to = moved.find((g) => (g.properties as { name: string }).name === transfer!.to)!;
		const from = moved.find((g) => (g.properties as { name: string }).name === transfer!.from)!;
		const at: [number, number] = [transfer!.point.lon, transfer!.point.lat];
		expect(geoContains(feature(topology, to), at)).toBe(true);
		expect(geoContains(feature(topology, from), at)).toBe(false);
	});

	it('refuses an unknown country with its name and the fix', () => {
		expect(() => countryFeature('Ruritania')).toThrow(/"Ruritania".*Natural Earth name/);
	});

	it('writes reader-facing map text with curly apostrophes and British spelling', () => {
		const strings = (value: unknown): string[] =>
			typeof value === 'string'
				? [value]
				: value && typeof value === 'object'
					? Object.values(value).flatMap(strings)
					: [];
		for (const file of readdirSync(new URL('maps/', content))) {
			const text = strings(yaml.load(readFileSync(new URL(`maps/${file}`, content), 'utf8')));
			expect(
				text.filter((line) => /'/.test(line)),
				file,
			).toEqual([]);
			expect(
				text.filter((line) => /authoriz/i.test(line)),
				file,
			).toEqual([]);
		}
	});

	it('says in the caption and the text alternative how far Moscow is, as the distance table measures it', () => {
		const moscow = roundedDistance(distanceToBorderKm(place('moscow'), region.distances!.border, region.transfers)).km;
		for (const text of [region.caption.text, region.alt]) {
			const said = /Moscow, about (\d+) km from the border/.exec(text.replace(/\s+/g, ' '));
			expect(said, text).not.toBeNull();
			expect(Number(said![1])).toBe(moscow);
		}
	});

	it('titles the map with what it draws and says plainly what it leaves out', () => {
		expect(region.title).toBe('Russia within about 300 km of Ukraine’s northern border');
		const note = (region as unknown as { note: { notShown: string } }).note.notShown;
		expect(note).toMatch(/^The map does not show the front line\b/);
		expect(note).not.toMatch(/offline source|is geometry/);
		expect(region.distances!.caption).toBe('How far from the border? (km, straight line, rounded)');
		expect(region.distances!.note).toMatch(/up to 10 km/);
	});

	it('counts sentences, not abbreviations or decimals', () => {
		expect(countSentences('About 1.5 km, e.g. near Sumy. Second one.')).toBe(2);
		expect(countSentences('One. Two. Three.')).toBe(3);
	});
});

describe('map content errors', () => {
	const base = yaml.load(readFileSync(new URL('maps/region.yaml', content), 'utf8')) as Record<string, unknown>;
	const other = yaml.load(readFileSync(new URL('maps/world.yaml', content), 'utf8')) as Record<string, unknown>;
	const problems = (data: Record<string, unknown>) =>
		checkContent([
			{ collection: 'maps', id: 'region', file: 'src/content/maps/region.yaml', data, body: '' } satisfies RawEntry,
			{ collection: 'maps', id: 'world', file: 'src/content/maps/world.yaml', data: other, body: '' },
		]).filter((p) => !/is not a (place|source|event) in/.test(p.message));
	const areas = base.areas as { outline: LatLon[] }[];

	it('accepts the real map', () => {
		expect(problems(base)).toEqual([]);
	});

	it('refuses an outline that is not closed, saying how to close it', () => {
		const open = [{ ...areas[0]!, outline: areas[0]!.outline.slice(0, -1) }];
		expect(problems({ ...base, areas: open })).toEqual([
			expect.objectContaining({
				field: 'areas[0].outline',
				message: expect.stringMatching(/not closed.*repeat the first point at the end/),
			}),
		]);
	});

	it('refuses a point off the globe, naming the field', () => {
		const outline = areas[0]!.outline.map((p, i) => (i === 2 ? { ...p, lat: 95 } : p));
		expect(problems({ ...base, areas: [{ ...areas[0]!, outline }] })).toEqual([
			expect.objectContaining({
				field: 'areas[0].outline[2].lat',
				message: expect.stringMatching(/latitude must be between -90 and 90/),
			}),
		]);
	});

	it('refuses a ring of radius 0', () => {
		const rings = [{ center: { lat: 50, lon: 30 }, radiusKm: 0, label: 'x' }];
		expect(problems({ ...base, rings })).toEqual([
			expect.objectContaining({ field: 'rings[0].radiusKm', message: expect.stringMatching(/more than 0 km/) }),
		]);
	});

	it('refuses a caption of three sentences', () => {
		const caption = { ...(base.caption as object), text: 'One. Two. Three.' };
		expect(problems({ ...base, caption })).toEqual([
			expect.objectContaining({ field: 'caption.text', message: expect.stringMatching(/more than two sentences/) }),
		]);
	});

	it('refuses a label for a place the map does not show, naming the fix', () => {
		const labels = { ...(base.labels as object), lima: 'left' };
		expect(problems({ ...base, labels })).toEqual([
			expect.objectContaining({
				field: 'labels.lima',
				message: expect.stringMatching(/`lima`, which the map does not show; add it to `places`/),
			}),
		]);
	});

	it('refuses a reported strike that does not say who reported it', () => {
		const markers = (base.markers as { symbol: string; reportedBy?: string }[]).map((m) =>
			m.symbol === 'reported' ? { ...m, reportedBy: undefined } : m,
		);
		const found = problems({ ...base, markers });
		expect(found.length).toBeGreaterThan(0);
		for (const problem of found) {
			expect(problem.field).toMatch(/^markers\[\d+\]\.reportedBy$/);
			expect(problem.message).toMatch(/needs `reportedBy`/);
		}
	});

	it('refuses a marker at a place the map does not show, and a story map that does not exist', () => {
		const markers = (base.markers as { place: string }[]).map((m, i) => (i === 0 ? { ...m, place: 'lima' } : m));
		expect(problems({ ...base, markers })).toEqual([
			expect.objectContaining({ field: 'markers[0].place', message: expect.stringMatching(/does not show/) }),
		]);
		const story = yaml.load(readFileSync(new URL('story/story.yaml', content), 'utf8')) as Record<string, unknown>;
		const found = checkContent([
			{ collection: 'story', id: 'story', file: 'story.yaml', data: { ...story, map: 'regoin' }, body: '' },
			{ collection: 'maps', id: 'region', file: 'region.yaml', data: base, body: '' },
		]);
		expect(found).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ field: 'map', message: expect.stringMatching(/`regoin`.*Did you mean `region`/) }),
			]),
		);
	});
});

describe('map drawing', () => {
	it('keeps the regional shapes small', () => {
		const shapes = regionShapes(region.frame, region);
		expect(Object.values(shapes).join('').length).toBeLessThan(18_000);
		expect(shapes.focus).toMatch(/^m/);
		expect(shapes.neighbour).toMatch(/^m/);
	});

	it('keeps the world shapes small', () => {
		expect(Object.values(worldShapes(world.frame, world)).join('').length).toBeLessThan(11_000);
	});

	it('writes a standalone SVG with the band, the star, both label layers and a width switch', () => {
		const features = regionFeatures(region);
		const svg = renderMapSvg({
			width: MAP_SIZE.width,
			height: MAP_SIZE.height,
			title: 'A title & more',
			shapes: [{ className: 'band', d: features.bands[0]!.path }],
			wide: regionLayer(features, WIDE_LAYER),
			narrow: regionLayer(features, NARROW_LAYER),
			narrowBelow: 544,
		});
		expect(
			svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}"`),
		).toBe(true);
		expect(svg).toContain('<title>A title &amp; more</title>');
		expect(svg).toMatch(/<path class="band" d="m/);
		expect(svg).toMatch(/<path class="strike" d="M/);
		expect(svg).toContain('@media (max-width:543.98px)');
		expect(svg).toContain('<g class="layer wide">');
		expect(svg).toContain('<g class="layer narrow">');
	});

	it('draws a five-pointed star: ten corners, alternately far and near', () => {
		const corners = starPath(0, 0, 10)
			.slice(1, -1)
			.split('L')
			.map((xy) => xy.split(' ').map(Number));
		expect(corners).toHaveLength(10);
		corners.forEach(([x, y], i) => expect(Math.hypot(x!, y!)).toBeCloseTo(i % 2 === 0 ? 10 : 4.5, 0));
	});

	it('simplifies a line without moving it by more than the tolerance', () => {
		expect(
			simplifyLine(
				[
					[0, 0],
					[1, 0.1],
					[2, -0.1],
					[3, 5],
					[4, 0],
				],
				0.5,
			),
		).toEqual([
			[0, 0],
			[2, -0.1],
			[3, 5],
			[4, 0],
		]);
	});

	it('writes compact relative path data', () => {
		const path = new CompactPath();
		path.moveTo(10, 20);
		path.lineTo(10.52, 19.5);
		path.lineTo(10.5, 19.5);
		path.lineTo(8, 21.25);
		path.closePath();
		path.moveTo(30, 20);
		path.lineTo(31, 20);
		expect(path.toString()).toBe('m10 20 .5-.5-2.5 1.8zm20 0 1 0');
	});
});
