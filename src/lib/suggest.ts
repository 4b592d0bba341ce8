/** Edit distance between two strings (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prevPrev: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, prevPrev[j - 2]! + 1);
			}
			row.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		prevPrev = prev;
		prev = row;
	}
	return prev[b.length]!;
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
