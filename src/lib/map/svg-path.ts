import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';

/**
 * A d3-geo path context that writes compact SVG path data: relative moves and lines, coordinates
 * rounded to 0.1, no zero-length steps. Relative steps are short ("3.2-.8" rather than
 * "L512.6,300.4"), which roughly halves a map's size.
 */
export class CompactPath {
	#parts: string[] = [];
	/** The current point and the subpath's start, in tenths of a unit, after rounding. */
	#x = 0;
	#y = 0;
	#startX = 0;
	#startY = 0;
	#last = '';
	#open = false;

	#number(tenths: number): string {
		const text = (tenths / 10).toString().replace(/^(-?)0\./, '$1.');
		// A separator is needed unless the sign, or a second decimal point, ends the previous number.
		const needsSeparator =
			this.#last !== '' && !text.startsWith('-') && !(text.startsWith('.') && this.#last.includes('.'));
		this.#last = text;
		return needsSeparator ? ` ${text}` : text;
	}

	moveTo(x: number, y: number): void {
		const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
		this.#last = '';
		// Always "m": a path's first "m" counts from 0,0, and only after "m" do the pairs that
		// follow mean relative lines ("M" would make them absolute).
		this.#parts.push(`m${this.#number(tx - this.#x)}${this.#number(ty - this.#y)}`);
		[this.#x, this.#y, this.#startX, this.#startY] = [tx, ty, tx, ty];
		this.#open = true;
	}

	lineTo(x: number, y: number): void {
		const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
		if (tx === this.#x && ty === this.#y) return;
		this.#parts.push(`${this.#number(tx - this.#x)}${this.#number(ty - this.#y)}`);
		[this.#x, this.#y] = [tx, ty];
	}

	closePath(): void {
		if (!this.#open) return;
		this.#parts.push('z');
		this.#last = '';
		[this.#x, this.#y] = [this.#startX, this.#startY];
		this.#open = false;
	}

	/** Points (d3 draws them as circles) are not used on these maps. */
	arc(): void {}

	beginPath(): void {}

	toString(): string {
		return this.#parts.join('');
	}
}

/** Compact SVG path data for a GeoJSON object drawn through a projection (or any stream wrapper). */
export function pathData(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects): string {
	const context = new CompactPath();
	geoPath(projection, context)(object);
	return context.toString();
}
