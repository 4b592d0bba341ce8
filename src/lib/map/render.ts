import { textWidth, type PlacedLabel } from './labels.ts';
import type { MapDot, MapLayer, ScaleBar } from './layout.ts';
import { round1 } from './projection.ts';

/**
 * The maps' colours. A map is a standalone SVG file shown with `<img>`, which cannot see the
 * page's light or dark theme, so it has its own sea and mid-tone land that read on either page
 * background, and dark text with a light halo that reads on every fill.
 */
export const MAP_COLOURS = {
	sea: '#9fb8cc',
	land: '#e4e0d6',
	neighbour: '#c4c3bf',
	focus: '#f0c27b',
	border: '#6b6b6b',
	band: '#c0392b',
	hatch: '#8a4b08',
	ring: '#1d4ed8',
	text: '#1a1a1a',
	muted: '#4a4a4a',
	halo: '#ffffff',
	highlight: '#1d4ed8',
	strike: '#b91c1c',
	callout: '#5c3206',
} as const;

const escapeXml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A five-pointed star centred on x, y with outer radius r: the strike symbol. */
export function starPath(x: number, y: number, r: number): string {
	const points: string[] = [];
	for (let i = 0; i < 10; i++) {
		const radius = i % 2 === 0 ? r : r * 0.45;
		const angle = (Math.PI / 5) * i - Math.PI / 2;
		points.push(`${(x + radius * Math.cos(angle)).toFixed(1)} ${(y + radius * Math.sin(angle)).toFixed(1)}`);
	}
	return `M${points.join('L')}Z`;
}

function dotSvg(dot: MapDot): string {
	if (dot.symbol === 'strike') {
		return `<path class="strike" d="${starPath(dot.x, dot.y, dot.r)}"/>`;
	}
	if (dot.symbol === 'reported') {
		// A ring with a halo, open in the middle so that a town beneath stays visible.
		const circle = (cls: string, r: number) => `<circle class="${cls}" cx="${dot.x}" cy="${dot.y}" r="${r}"/>`;
		return circle('reported-halo', dot.r - 1) + circle('reported', dot.r - 1) + circle('reported-dot', dot.r * 0.3);
	}
	return `<circle class="dot${dot.highlight ? ' hl' : ''}" cx="${dot.x}" cy="${dot.y}" r="${dot.r}"/>`;
}

function scaleSvg(scale: ScaleBar): string {
	const last = scale.ticks.at(-1)!;
	const segments = scale.ticks
		.slice(1)
		.map(
			(tick, i) =>
				`<rect class="${i % 2 === 0 ? 'scale-dark' : 'scale-light'}" x="${scale.ticks[i]!.x}" y="${scale.y}" width="${round1(tick.x - scale.ticks[i]!.x)}" height="${scale.height}"/>`,
		);
	const numbers = scale.ticks.map(
		(tick) =>
			`<text class="scale-text" x="${tick.x}" y="${round1(scale.y - scale.fontSize * 0.3)}" font-size="${scale.fontSize}" text-anchor="middle">${tick.km}</text>`,
	);
	const unit = `<text class="scale-text" x="${round1(last.x + textWidth(String(last.km), scale.fontSize) / 2 + textWidth(' ', scale.fontSize))}" y="${round1(scale.y - scale.fontSize * 0.3)}" font-size="${scale.fontSize}">km</text>`;
	const { box } = scale;
	return [
		`<rect class="scale-back" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="3"/>`,
		...segments,
		...numbers,
		unit,
	].join('');
}

function labelSvg(label: PlacedLabel, kind: string): string {
	const attrs = `class="${kind}${label.bold ? ' b' : ''}" x="${label.x}" y="${label.y}" font-size="${label.fontSize}"${
		label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`
	}`;
	const body =
		label.lines.length === 1
			? escapeXml(label.lines[0]!)
			: label.lines
					.map(
						(line, i) => `<tspan x="${label.x}"${i === 0 ? '' : ` dy="${label.lineStep}"`}>${escapeXml(line)}</tspan>`,
					)
					.join('');
	return `<text ${attrs}>${body}</text>`;
}

function layerSvg(name: string, layer: MapLayer): string {
	const leaders = layer.labels
		.filter((label) => label.leader)
		.map(({ leader: [x1, y1, x2, y2] = [0, 0, 0, 0] }) => `<path class="leader" d="M${x1} ${y1}L${x2} ${y2}"/>`);
	const callouts = layer.callouts.map((c) => `<circle class="callout" cx="${c.x}" cy="${c.y}" r="${c.r}"/>`);
	// Plain dots first, then the markers over them, the highlighted place on top.
	const rank = (dot: MapDot) => (dot.highlight ? 2 : dot.symbol ? 1 : 0);
	const dots = [...layer.dots].sort((a, b) => rank(a) - rank(b)).map(dotSvg);
	const labels = layer.labels.map((label) =>
		labelSvg(
			label,
			label.id.startsWith('country-')
				? 'label country'
				: /^(area|ring|band)-/.test(label.id)
					? 'label feature'
					: 'label',
		),
	);
	const scale = layer.scale ? [scaleSvg(layer.scale)] : [];
	return `<g class="layer ${name}">${[...callouts, ...leaders, ...dots, ...scale, ...labels].join('')}</g>`;
}

/** What one map file draws: shapes (path data) in paint order, then one or two label layers. */
export interface MapDrawing {
	width: number;
	height: number;
	/** Path data for each fill, in paint order; empty strings are left out. */
	shapes: { className: 'land' | 'neighbour' | 'focus' | 'borders' | 'band' | 'area' | 'ring'; d: string }[];
	/** The label layer for a wide image. */
	wide: MapLayer;
	/** The label layer for an image narrower than `narrowBelow` CSS px, if any. */
	narrow?: MapLayer;
	/** The image width, in CSS px, below which the narrow layer shows, e.g. 544. */
	narrowBelow?: number;
	/** A short title inside the file, for anyone who opens it on its own. */
	title: string;
}

/**
 * A complete standalone SVG file. Its own style sheet picks the label layer by the image's
 * width (inside an `<img>`, media queries see the image, not the window).
 */
export function renderMapSvg(drawing: MapDrawing): string {
	const c = MAP_COLOURS;
	const style = [
		`.sea{fill:${c.sea}}.land{fill:${c.land}}.neighbour{fill:${c.neighbour}}.focus{fill:${c.focus}}`,
		`.borders{fill:none;stroke:${c.border};stroke-width:1;stroke-linejoin:round}`,
		`.band{fill:${c.band};fill-opacity:.28;stroke:${c.band};stroke-width:2;stroke-linejoin:round}`,
		`.area{fill:url(#hatch);stroke:${c.hatch};stroke-width:2;stroke-linejoin:round}.hatch{stroke:${c.hatch};stroke-width:1.8}`,
		`.ring{fill:none;stroke:${c.ring};stroke-width:2;stroke-dasharray:8 6}`,
		`.leader{stroke:${c.text};stroke-width:1}`,
		`.dot{fill:${c.text};stroke:${c.halo};stroke-width:1.5}.dot.hl{fill:${c.highlight};stroke-width:2.5}`,
		`.strike{fill:${c.strike};stroke:${c.halo};stroke-width:1.5;stroke-linejoin:round}`,
		`.reported-halo{fill:none;stroke:${c.halo};stroke-width:6}.reported{fill:none;stroke:${c.strike};stroke-width:3}.reported-dot{fill:${c.strike}}`,
		`.callout{fill:none;stroke:${c.callout};stroke-width:2.5}`,
		`.scale-back{fill:${c.halo};fill-opacity:.75}.scale-dark{fill:${c.text};stroke:${c.text};stroke-width:1}.scale-light{fill:${c.halo};stroke:${c.text};stroke-width:1}.scale-text{stroke:none}`,
		`text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:${c.text};paint-order:stroke;stroke:${c.halo};stroke-width:.28em;stroke-linejoin:round}`,
		`.b{font-weight:700;fill:${c.highlight}}.country{fill:${c.muted};font-weight:600;letter-spacing:.05em}.feature{font-style:italic}`,
		drawing.narrow
			? `.narrow{display:none}@media (max-width:${drawing.narrowBelow! - 0.02}px){.wide{display:none}.narrow{display:inline}}`
			: '',
	].join('');
	const shapes = drawing.shapes
		.filter((shape) => shape.d !== '')
		.map((s) => `<path class="${s.className}" d="${s.d}"/>`);
	const layers = [layerSvg('wide', drawing.wide), drawing.narrow ? layerSvg('narrow', drawing.narrow) : ''];
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}">`,
		`<title>${escapeXml(drawing.title)}</title>`,
		`<style>${style}</style>`,
		`<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path class="hatch" d="M0 0V4"/></pattern></defs>`,
		`<rect class="sea" width="${drawing.width}" height="${drawing.height}"/>`,
		...shapes,
		...layers,
		'</svg>\n',
	].join('');
}
