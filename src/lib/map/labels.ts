/** An axis-aligned rectangle in SVG units: top-left corner, width and height. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where a label sits relative to its point, tried in this order unless a request says otherwise. */
export const LABEL_POSITIONS = [
	'right',
	'left',
	'above',
	'below',
	'above-right',
	'above-left',
	'below-right',
	'below-left',
] as const;
type LabelPosition = (typeof LABEL_POSITIONS)[number] | 'center';

/** A label to place: the point it names and its text, e.g. { id: 'sumy', x: 412.3, y: 298.1, lines: ['Sumy'] }. */
export interface LabelRequest {
	id: string;
	/** The point the label belongs to, in SVG units. */
	x: number;
	y: number;
	/** The text, one entry per line. */
	lines: string[];
	fontSize: number;
	bold?: boolean;
	/** How much wider than plain text the label is drawn, e.g. 1.2 for spaced-out semibold capitals. */
	widthFactor?: number;
	/** Radius of the symbol drawn at the point; the label keeps clear of it and a leader starts at its edge. */
	radius?: number;
	/** The spot the content chose, e.g. { position: 'left', offset: 0 }, and any nudge: taken as it is. */
	fixed?: LabelSpot;
	/** Positions to try, in order, when no spot is fixed; defaults to LABEL_POSITIONS. */
	positions?: readonly LabelPosition[];
	/**
	 * Extra distances to try when no position fits right next to the point, e.g. [0, 60]. A label
	 * placed further out gets a leader line back to its point.
	 */
	offsets?: readonly number[];
	/** Leave the label out if it cannot be placed without covering something, e.g. a country name. */
	optional?: boolean;
	/** Draw a leader line back to the point even when the label sits right next to it. */
	leader?: boolean;
}

/** A label's place beside its point, further out by `offset`, then moved by `dx` and `dy`. */
export interface LabelSpot {
	position: LabelPosition;
	offset: number;
	dx?: number;
	dy?: number;
}

/** A placed label: where to draw its `<text>` and the box it covers. */
export interface PlacedLabel {
	id: string;
	lines: string[];
	fontSize: number;
	bold: boolean;
	position: LabelPosition;
	/** `text-anchor` for the `<text>` element. */
	anchor: 'start' | 'middle' | 'end';
	/** `x` and the first line's baseline `y` for the `<text>` element. */
	x: number;
	y: number;
	/** Distance between baselines, for the second and later lines (`dy`). */
	lineStep: number;
	box: Box;
	/** From the edge of the point's symbol to the nearest edge of the box, when the label sits away from it. */
	leader?: [x1: number, y1: number, x2: number, y2: number];
	/** True if the label covers something: its spot was fixed there, or no spot was free. */
	collides: boolean;
}

export interface PlacementOptions {
	/** The viewBox every label must stay inside. */
	width: number;
	height: number;
	/** Boxes no label may cover, besides the labels already placed: dots, fixed features. */
	obstacles?: readonly Box[];
	/** Space between a dot's edge and its label. */
	gap?: number;
	/** Space kept free along the viewBox edges. */
	margin?: number;
	/** Distance between baselines as a multiple of the font size. */
	lineHeight?: number;
}

/** Approximate advance widths in em for a proportional sans-serif; generous, so estimates err wide. */
function charWidth(char: string): number {
	if (char === ' ') return 0.3;
	if (/[.,:;'’()|!]/.test(char)) return 0.34;
	if (/[mwMW]/.test(char)) return 0.9;
	if (/[A-Z]/.test(char)) return 0.7;
	if (/[0-9]/.test(char)) return 0.6;
	if (/[fijlrt]/.test(char)) return 0.38;
	return 0.58;
}

/** The estimated width of one line of text in SVG units: characters' widths × font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const char of text) em += charWidth(char);
	return em * fontSize * (bold ? 1.15 : 1);
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

/** A dot as a box, for use as an obstacle. */
export function dotBox(x: number, y: number, radius: number): Box {
	return { x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Where a label would go at one position: its box (text plus a halo's width of padding) and
 * the `<text>` coordinates. Pure geometry, no collision checks.
 */
function labelBox(
	request: LabelRequest,
	position: LabelPosition,
	offset = 0,
	options: Pick<PlacementOptions, 'gap' | 'lineHeight'> = {},
	nudge: { dx?: number; dy?: number } = {},
): Omit<PlacedLabel, 'collides' | 'id' | 'lines' | 'fontSize' | 'bold'> {
	const { fontSize, lines, bold = false, radius = 0 } = request;
	const lineStep = fontSize * (options.lineHeight ?? 1.15);
	const pad = fontSize * 0.15;
	const textW = Math.max(...lines.map((line) => textWidth(line, fontSize, bold))) * (request.widthFactor ?? 1);
	// From the first line's cap height to the last line's descenders.
	const textH = fontSize + lineStep * (lines.length - 1);
	const width = textW + 2 * pad;
	const height = textH + 2 * pad;
	const d = radius + (options.gap ?? fontSize * 0.3) + offset;
	const diagonal = d * 0.8;
	let left: number;
	let top: number;
	switch (position) {
		case 'right':
			[left, top] = [request.x + d - pad, request.y - height / 2];
			break;
		case 'left':
			[left, top] = [request.x - d - width + pad, request.y - height / 2];
			break;
		case 'above':
			[left, top] = [request.x - width / 2, request.y - d - height];
			break;
		case 'below':
			[left, top] = [request.x - width / 2, request.y + d];
			break;
		case 'above-right':
			[left, top] = [request.x + diagonal - pad, request.y - diagonal - height];
			break;
		case 'above-left':
			[left, top] = [request.x - diagonal - width + pad, request.y - diagonal - height];
			break;
		case 'below-right':
			[left, top] = [request.x + diagonal - pad, request.y + diagonal];
			break;
		case 'below-left':
			[left, top] = [request.x - diagonal - width + pad, request.y + diagonal];
			break;
		case 'center':
			[left, top] = [request.x - width / 2, request.y - height / 2];
			break;
	}
	const { dx = 0, dy = 0 } = nudge;
	left += dx;
	top += dy;
	const anchor = position.endsWith('left') ? 'end' : position.endsWith('right') ? 'start' : 'middle';
	const x = anchor === 'start' ? left + pad : anchor === 'end' ? left + width - pad : left + width / 2;
	// A sans-serif's caps reach about 0.8 em above the baseline; descenders about 0.2 em below.
	const y = top + pad + fontSize * 0.8;
	const box = { x: round1(left), y: round1(top), width: round1(width), height: round1(height) };
	const placed: ReturnType<typeof labelBox> = {
		position,
		anchor,
		x: round1(x),
		y: round1(y),
		lineStep: round1(lineStep),
		box,
	};
	if (offset > 0 || dx !== 0 || dy !== 0 || request.leader) {
		const nearX = Math.min(Math.max(request.x, left), left + width);
		const nearY = Math.min(Math.max(request.y, top), top + height);
		// The line starts at the symbol's edge, so it never crosses the symbol itself.
		const length = Math.hypot(nearX - request.x, nearY - request.y);
		const start = length > radius ? radius / length : 0;
		placed.leader = [
			round1(request.x + (nearX - request.x) * start),
			round1(request.y + (nearY - request.y) * start),
			round1(nearX),
			round1(nearY),
		];
	}
	return placed;
}

type Candidate = ReturnType<typeof labelBox>;

/**
 * Places labels in two passes, with no search: first every label whose spot the content fixed,
 * exactly there; then the others in order, each at the first of its positions and offsets whose
 * box stays inside the viewBox and covers no obstacle and no label placed before it (so put
 * the most important first). An optional label with no free spot is left out; any other label
 * takes its least-overlapping spot and is marked `collides`, as is a fixed label that covers
 * something, for the tests to catch.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
	const margin = options.margin ?? 2;
	const inside = (box: Box) =>
		box.x >= margin &&
		box.y >= margin &&
		box.x + box.width <= options.width - margin &&
		box.y + box.height <= options.height - margin;
	const taken: Box[] = [...(options.obstacles ?? [])];
	const cost = (box: Box) => taken.reduce((sum, other) => sum + overlapArea(box, other), 0);
	const placed = new Map<number, PlacedLabel>();
	const order = [
		...requests.flatMap((request, i) => (request.fixed ? [i] : [])),
		...requests.flatMap((request, i) => (request.fixed ? [] : [i])),
	];
	for (const i of order) {
		const request = requests[i]!;
		const candidates: Candidate[] = request.fixed
			? [labelBox(request, request.fixed.position, request.fixed.offset, options, request.fixed)]
			: (request.offsets ?? [0]).flatMap((offset) =>
					(request.positions ?? LABEL_POSITIONS).map((position) => labelBox(request, position, offset, options)),
				);
		const free = candidates.find((c) => inside(c.box) && cost(c.box) === 0);
		if (!free && request.optional) continue;
		const best =
			free ??
			candidates.reduce((a, b) => {
				const score = (c: Candidate) => cost(c.box) + (inside(c.box) ? 0 : 1e6);
				return score(b) < score(a) ? b : a;
			});
		taken.push(best.box);
		placed.set(i, {
			id: request.id,
			lines: request.lines,
			fontSize: request.fontSize,
			bold: request.bold ?? false,
			...best,
			collides: best !== free,
		});
	}
	return requests.flatMap((_, i) => (placed.has(i) ? [placed.get(i)!] : []));
}
