import { readdirSync, readFileSync } from 'node:fs';
import { geoArea, geoConicConformal, geoContains, geoGraticule } from 'd3-geo';
import type { Polygon } from 'geojson';
import yaml from 'js-yaml';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { distanceKm } from '../../src/lib/map/geo.ts';
import { boxesOverlap, dotBox, placeLabels, type Box, type PlacedLabel } from '../../src/lib/map/labels.ts';
import { insetShapes, recognisedBorders, regionShapes, simplifyLine } from '../../src/lib/map/geometry.ts';
import { KURSK_INCURSION_OUTLINE, SUMY_BORDER_POINT } from '../../src/lib/map/features.ts';
import {
	distanceFromBorderPoint,
	insetLayer,
	NARROW_LAYER,
	regionFeatures,
	regionLayer,
	WIDE_LAYER,
	type MapLayer,
	type MapPlace,
} from '../../src/lib/map/layout.ts';
import {
	circlePath,
	INSET_SIZE,
	isInFrame,
	MAP_SIZE,
	projectPoint,
	regionProjection,
} from '../../src/lib/map/projection.ts';
import { CompactPath } from '../../src/lib/map/svg-path.ts';

const placesDir = new URL('../../src/content/places/', import.meta.url);
const places: MapPlace[] = readdirSync(placesDir)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		id: file.replace(/\.yaml$/, ''),
		...(yaml.load(readFileSync(new URL(file, placesDir), 'utf8')) as Omit<MapPlace, 'id'>),
	}));
const place = (id: string) => places.find((p) => p.id === id)!;

const NEAR_THE_WAR = ['bryansk', 'dnipro', 'karachev', 'kharkiv', 'kursk', 'kyiv', 'moscow', 'sumy'];
const EARTH_RADIUS_KM = 6371.0088;

describe('map projection', () => {
	it('puts Kyiv at its expected pixel', () => {
		// Worked out once with the same d3 projection and checked by eye: Kyiv (30.52° E) sits
		// just left of the central meridian (31° E, x = 400), a little above mid-height.
		const [x, y] = projectPoint({ lat: 50.45, lon: 30.52 })!;
		expect(x).toBeCloseTo(386.0, 0);
		expect(y).toBeCloseTo(319.3, 0);
	});

	it('matches a d3 projection built from the documented parameters', () => {
		const frame = geoGraticule()
			.extent([
				[22, 44],
				[40, 57],
			])
			.outline();
		const projection = geoConicConformal()
			.parallels([46, 54])
			.rotate([-31, 0])
			.fitExtent(
				[
					[6, 6],
					[794, 614],
				],
				frame,
			);
		for (const id of NEAR_THE_WAR) {
			const [x, y] = projection([place(id).lon, place(id).lat])!;
			const [px, py] = projectPoint(place(id))!;
			expect(Math.abs(px - x), id).toBeLessThanOrEqual(0.05);
			expect(Math.abs(py - y), id).toBeLessThanOrEqual(0.05);
		}
	});

	it('puts Moscow to the right of and above Kyiv', () => {
		const [kyivX, kyivY] = projectPoint(place('kyiv'))!;
		const [moscowX, moscowY] = projectPoint(place('moscow'))!;
		expect(moscowX).toBeGreaterThan(kyivX);
		expect(moscowY).toBeLessThan(kyivY);
	});

	it('has the places near the war inside the frame and the rest outside', () => {
		const inside = places.filter((p) => isInFrame(p)).map((p) => p.id);
		expect(inside.sort()).toEqual(NEAR_THE_WAR);
		expect(isInFrame(place('lima'))).toBe(false);
	});

	it('shows all of Ukraine: its far west and far east', () => {
		expect(isInFrame({ lat: 48.62, lon: 22.3 }, 5)).toBe(true);
		expect(isInFrame({ lat: 49.1, lon: 40.2 }, 5)).toBe(true);
		expect(isInFrame({ lat: 44.4, lon: 33.8 }, 5)).toBe(true);
	});

	it('rounds coordinates to 0.1', () => {
		for (const p of places.filter((p) => isInFrame(p))) {
			for (const value of projectPoint(p)!) expect(Math.round(value * 10) / 10).toBe(value);
		}
	});

	it('draws the 300 km ring as one closed path', () => {
		const ring = circlePath(SUMY_BORDER_POINT, 300);
		expect(ring.length).toBeGreaterThan(100);
		expect(ring).toMatch(/^m[^mMzZ]+z$/);
	});

	it('draws the ring 300 km out from its centre', () => {
		const projection = regionProjection();
		const [cx, cy] = projectPoint(SUMY_BORDER_POINT)!;
		// Walk the relative path back to absolute points and turn a few back into degrees.
		const numbers = circlePath(SUMY_BORDER_POINT, 300)
			.match(/-?(?:\d+\.?\d*|\.\d+)/g)!
			.map(Number);
		let [x, y] = [numbers[0]!, numbers[1]!];
		for (let i = 2; i < numbers.length; i += 2) {
			[x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
			if (i % 20 !== 0) continue;
			const [lon, lat] = projection.invert!([x, y])!;
			expect(distanceKm(SUMY_BORDER_POINT, { lat, lon })).toBeCloseTo(300, -1);
		}
		expect(Math.hypot(x - cx, y - cy)).toBeGreaterThan(100);
	});
});

/** Every pair of labels, and every label and every dot but its own, must keep apart. */
function collisions(layer: MapLayer, width: number, height: number): string[] {
	const problems: string[] = [];
	const { labels, dots } = layer;
	const inside = (box: Box) => box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
	labels.forEach((a: PlacedLabel, i) => {
		if (a.collides) problems.push(`${a.id} collides`);
		if (!inside(a.box)) problems.push(`${a.id} leaves the viewBox`);
		for (const b of labels.slice(i + 1)) if (boxesOverlap(a.box, b.box)) problems.push(`${a.id} overlaps ${b.id}`);
		for (const dot of dots)
			if (boxesOverlap(a.box, dotBox(dot.x, dot.y, dot.r))) problems.push(`${a.id} covers the ${dot.id} dot`);
	});
	return problems;
}

describe('map labels', () => {
	const features = regionFeatures(places);

	it('labels every real place without overlaps, at both label sizes and with any place highlighted', () => {
		for (const style of [WIDE_LAYER, NARROW_LAYER]) {
			for (const highlight of [undefined, ...NEAR_THE_WAR]) {
				const layer = regionLayer(features, style, highlight);
				expect(collisions(layer, MAP_SIZE.width, MAP_SIZE.height), `${style.fontSize} ${highlight}`).toEqual([]);
				const ids = layer.labels.map((label) => label.id);
				expect(ids, `${style.fontSize} ${highlight}`).toEqual(
					expect.arrayContaining([...NEAR_THE_WAR, 'kursk-incursion', 'range-ring']),
				);
			}
		}
	});

	it('labels the world inset without overlaps', () => {
		for (const highlight of [undefined, 'lima', 'manaus', 'rio-de-janeiro', 'washington', 'pyongyang']) {
			const layer = insetLayer(places, highlight);
			expect(collisions(layer, INSET_SIZE.width, INSET_SIZE.height), String(highlight)).toEqual([]);
			expect(layer.labels).toHaveLength(7);
		}
	});

	it('puts a label to the right of its dot when there is room', () => {
		const [label] = placeLabels([{ id: 'a', x: 100, y: 100, lines: ['Sumy'], fontSize: 16, radius: 5 }], {
			width: 400,
			height: 200,
		});
		expect(label).toMatchObject({ position: 'right', anchor: 'start', collides: false });
		expect(label!.box.x).toBeGreaterThan(105);
	});

	it('moves a label to the left when the right is taken, and above when the viewBox ends', () => {
		const [, second] = placeLabels(
			[
				{ id: 'a', x: 100, y: 100, lines: ['Kursk'], fontSize: 16, radius: 5 },
				{ id: 'b', x: 60, y: 100, lines: ['Sumy'], fontSize: 16, radius: 5 },
			],
			{ width: 400, height: 200, obstacles: [dotBox(100, 100, 5)] },
		);
		expect(second!.position).toBe('left');
		const [edge] = placeLabels([{ id: 'c', x: 395, y: 100, lines: ['Moscow'], fontSize: 16, radius: 5 }], {
			width: 400,
			height: 200,
		});
		expect(edge!.position).toBe('left');
	});

	it('backs up when an early choice leaves a later label no room', () => {
		// "A" right of its dot would cover the only place "B" fits.
		const labels = placeLabels(
			[
				{ id: 'a', x: 30, y: 30, lines: ['Aaaa'], fontSize: 16, radius: 4 },
				{ id: 'b', x: 112, y: 30, lines: ['Bbbb'], fontSize: 16, radius: 4, positions: ['left'] },
			],
			{ width: 130, height: 120 },
		);
		expect(labels.map((l) => [l.id, l.position, l.collides])).toEqual([
			['a', 'below', false],
			['b', 'left', false],
		]);
	});

	it('leaves out an optional label rather than cover something', () => {
		const labels = placeLabels(
			[{ id: 'x', x: 50, y: 50, lines: ['RUSSIA'], fontSize: 16, positions: ['center'], optional: true }],
			{
				width: 200,
				height: 100,
				obstacles: [dotBox(50, 50, 3)],
			},
		);
		expect(labels).toEqual([]);
	});
});

describe('map geometry', () => {
	it('keeps the regional shapes small', () => {
		const shapes = regionShapes();
		const bytes = Object.values(shapes).join('').length;
		expect(bytes).toBeLessThan(18_000);
		expect(shapes.ukraine).toMatch(/^m/);
		expect(shapes.russia).toMatch(/^m/);
	});

	it('keeps the world inset small', () => {
		const shapes = insetShapes();
		expect(Object.values(shapes).join('').length).toBeLessThan(11_000);
	});

	it('draws Crimea as part of Ukraine', () => {
		const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
		const geometries = recognisedBorders(topology as Parameters<typeof recognisedBorders>[0]);
		const shape = (id: string) =>
			feature(
				topology,
				geometries.find((g) => g.id === id)!,
			);
		const simferopol: [number, number] = [34.1, 44.95];
		expect(geoContains(shape('804'), simferopol)).toBe(true);
		expect(geoContains(shape('643'), simferopol)).toBe(false);
		expect(geoContains(shape('643'), [37.62, 55.76])).toBe(true);
	});

	it('simplifies a line without moving it by more than the tolerance', () => {
		const line: [number, number][] = [
			[0, 0],
			[1, 0.1],
			[2, -0.1],
			[3, 5],
			[4, 0],
		];
		expect(simplifyLine(line, 0.5)).toEqual([
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

describe('map features', () => {
	it('outlines about 1,000-1,300 km² for the Kursk incursion, inside Russia', () => {
		const area = geoArea(KURSK_INCURSION_OUTLINE) * EARTH_RADIUS_KM ** 2;
		expect(area).toBeGreaterThan(1000);
		expect(area).toBeLessThan(1300);
		const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
		const russia = feature(
			topology,
			topology.objects.countries.geometries.find((g) => g.id === '643')!,
		);
		for (const [lon, lat] of (KURSK_INCURSION_OUTLINE as Polygon).coordinates[0]!) {
			expect(geoContains(russia, [lon!, lat!]), `${lat} ${lon}`).toBe(true);
		}
	});

	it('starts the ring on the border about 25-40 km from Sumy', () => {
		const km = distanceKm(SUMY_BORDER_POINT, place('sumy'));
		expect(km).toBeGreaterThan(25);
		expect(km).toBeLessThan(40);
		expect(distanceFromBorderPoint(place('sumy'))).toEqual({ km: 30, miles: 20 });
		expect(distanceFromBorderPoint(place('moscow'))).toEqual({ km: 545, miles: 340 });
	});
});
