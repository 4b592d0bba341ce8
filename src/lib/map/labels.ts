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
export type LabelPosition = (typeof LABEL_POSITIONS)[number] | 'center';

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
	/** Radius of the dot drawn at the point; the label keeps clear of it. 0 for area labels. */
	radius?: number;
	/** Positions to try, in order; defaults to LABEL_POSITIONS. */
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
	/** From the point to the nearest edge of the box, when the label sits away from its point. */
	leader?: [x1: number, y1: number, x2: number, y2: number];
	/** True if no arrangement was free and this label took its least-overlapping box. */
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
	return em * fontSize * (bold ? 1.08 : 1);
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
export function labelBox(
	request: LabelRequest,
	position: LabelPosition,
	offset = 0,
	options: Pick<PlacementOptions, 'gap' | 'lineHeight'> = {},
): Omit<PlacedLabel, 'collides' | 'id' | 'lines' | 'fontSize' | 'bold'> {
	const { fontSize, lines, bold = false, radius = 0 } = request;
	const lineStep = fontSize * (options.lineHeight ?? 1.15);
	const pad = fontSize * 0.15;
	const textW = Math.max(...lines.map((line) => textWidth(line, fontSize, bold)));
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
	if (offset > 0 || request.leader) {
		const nearX = Math.min(Math.max(request.x, left), left + width);
		const nearY = Math.min(Math.max(request.y, top), top + height);
		placed.leader = [round1(request.x), round1(request.y), round1(nearX), round1(nearY)];
	}
	return placed;
}

/** How many candidate boxes the search may try before it settles for the greedy result. */
const SEARCH_BUDGET = 100_000;

/**
 * Places labels without collisions. Each label takes the first of its positions (right, left,
 * above, below, then the diagonals), at the first of its offsets, whose box stays inside the
 * viewBox and covers no obstacle and no other label. The search fills the most constrained
 * label first and backs up when a choice leaves another label no room; on ties, earlier
 * labels go first, so put the most important first. Optional labels come last and are left
 * out rather than crowd others. If no arrangement is free, each label takes its
 * least-overlapping box, in order, and is marked `collides`.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
	const margin = options.margin ?? 2;
	const obstacles = options.obstacles ?? [];
	const inside = (box: Box) =>
		box.x >= margin &&
		box.y >= margin &&
		box.x + box.width <= options.width - margin &&
		box.y + box.height <= options.height - margin;
	const candidates = requests.map((request) =>
		(request.offsets ?? [0]).flatMap((offset) =>
			(request.positions ?? LABEL_POSITIONS).map((position) => labelBox(request, position, offset, options)),
		),
	);
	const free = candidates.map((list) =>
		list.filter((c) => inside(c.box) && !obstacles.some((obstacle) => boxesOverlap(c.box, obstacle))),
	);
	const required = requests.flatMap((request, i) => (request.optional ? [] : [i]));
	const chosen = new Map<number, Candidate>();
	let budget = SEARCH_BUDGET;
	const search = (domains: Map<number, Candidate[]>): boolean => {
		if (domains.size === 0) return true;
		let next = -1;
		for (const [i, domain] of domains) {
			if (next === -1 || domain.length < domains.get(next)!.length) next = i;
		}
		const rest = [...domains].filter(([i]) => i !== next);
		for (const candidate of domains.get(next)!) {
			if (--budget < 0) return false;
			const narrowed = new Map(
				rest.map(([i, domain]) => [i, domain.filter((c) => !boxesOverlap(c.box, candidate.box))]),
			);
			if ([...narrowed.values()].some((domain) => domain.length === 0)) continue;
			chosen.set(next, candidate);
			if (search(narrowed)) return true;
			chosen.delete(next);
		}
		return false;
	};
	const solved = search(new Map(required.map((i) => [i, free[i]!])));
	let result: (Candidate | null)[];
	if (solved) {
		const placed = [...chosen.values()];
		result = requests.map((request, i) => {
			if (!request.optional) return chosen.get(i)!;
			const candidate = free[i]!.find((c) => !placed.some((other) => boxesOverlap(c.box, other.box)));
			if (candidate) placed.push(candidate);
			return candidate ?? null;
		});
	} else {
		result = greedy(requests, candidates, obstacles, inside);
	}
	return requests.flatMap((request, i) => {
		const candidate = result[i];
		if (!candidate) return [];
		return [
			{
				id: request.id,
				lines: request.lines,
				fontSize: request.fontSize,
				bold: request.bold ?? false,
				...candidate,
				collides: !solved,
			},
		];
	});
}

type Candidate = ReturnType<typeof labelBox>;

/** The fallback: each label in turn takes its least-overlapping box. */
function greedy(
	requests: readonly LabelRequest[],
	candidates: Candidate[][],
	obstacles: readonly Box[],
	inside: (box: Box) => boolean,
): (Candidate | null)[] {
	const taken: Box[] = [...obstacles];
	return requests.map((request, i) => {
		let best: { candidate: Candidate; cost: number } | undefined;
		for (const candidate of candidates[i]!) {
			if (!inside(candidate.box)) continue;
			const cost = taken.reduce((sum, box) => sum + overlapArea(candidate.box, box), 0);
			if (!best || cost < best.cost) best = { candidate, cost };
			if (cost === 0) break;
		}
		if (request.optional && (!best || best.cost > 0)) return null;
		const candidate = best?.candidate ?? candidates[i]![0]!;
		taken.push(candidate.box);
		return candidate;
	});
}
