import { regionShapes, worldShapes } from './geometry.ts';
import {
	NARROW_LAYER,
	projectionOf,
	regionFeatures,
	regionLayer,
	WIDE_LAYER,
	worldLayer,
	type MapModel,
} from './layout.ts';
import { sizeOf } from './projection.ts';
import type { MapDrawing } from './render.ts';

/** Below this image width, in CSS px, a regional map switches to its bigger phone labels. */
const NARROW_BELOW_PX = 544;

/** What a map variant draws, computed from its content: shapes in paint order and its label layers. */
export function mapDrawing(model: MapModel, title: string, highlight?: string): MapDrawing {
	const projection = projectionOf(model);
	const features = regionFeatures(model, projection);
	const { width, height } = sizeOf(model.kind);
	const style = { countries: model.countries, transfers: model.transfers };
	if (model.kind === 'world') {
		const shapes = worldShapes(model.frame, style, projection);
		return {
			width,
			height,
			title,
			shapes: [
				{ className: 'land', d: shapes.land },
				{ className: 'focus', d: shapes.focus },
			],
			wide: worldLayer(features, highlight),
		};
	}
	const shapes = regionShapes(model.frame, style, projection);
	return {
		width,
		height,
		title,
		shapes: [
			{ className: 'land', d: shapes.others },
			{ className: 'neighbour', d: shapes.neighbour },
			{ className: 'focus', d: shapes.focus },
			...features.bands.map((band) => ({ className: 'band' as const, d: band.path })),
			{ className: 'borders', d: shapes.borders },
			...features.areas.map((area) => ({ className: 'area' as const, d: area.path })),
			...features.rings.map((ring) => ({ className: 'ring' as const, d: ring.path })),
		],
		wide: regionLayer(features, WIDE_LAYER, highlight),
		narrow: regionLayer(features, NARROW_LAYER, highlight),
		narrowBelow: NARROW_BELOW_PX,
	};
}
