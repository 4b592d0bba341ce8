// Three rows of the edit-distance table, reused between calls: search compares thousands of
// names per keystroke, and fresh arrays for each would keep the garbage collector busy.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance between `a` and the first `bLength` characters of `b` (all of it by default):
 * insertions, deletions, substitutions and swaps of two neighbours each count one. Stops early
 * and returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity, bLength = b.length): number {
	const m = a.length;
	const n = Math.min(bLength, b.length);
	if (Math.abs(m - n) > limit) return limit + 1;
	if (n + 1 > rows[0].length) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
	let [prevPrev, prev, row] = rows;
	for (let j = 0; j <= n; j++) prev[j] = j;
	for (let i = 1; i <= m; i++) {
		row[0] = i;
		let rowMin = i;
		const ai = a.charCodeAt(i - 1);
		for (let j = 1; j <= n; j++) {
			const bj = b.charCodeAt(j - 1);
			let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
			if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
				value = Math.min(value, prevPrev[j - 2]! + 1);
			row[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > limit) return limit + 1;
		[prevPrev, prev, row] = [prev, row, prevPrev];
	}
	return prev[n]!;
}

/** The candidate closest to `wanted`, if it is close enough to be a likely typo. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
	const limit = Math.max(2, Math.floor(wanted.length / 3));
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		const distance = editDistance(wanted.toLowerCase(), candidate.toLowerCase(), limit);
		if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return bestDistance <= limit ? best : undefined;
}
