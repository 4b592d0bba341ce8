/** pass / FAIL against a target; "info" rows have no target; "error" means the measurement itself failed. */
export type Verdict = 'pass' | 'FAIL' | 'info' | 'error';

export interface Row {
	area: string;
	metric: string;
	site: string;
	stock: string;
	target: string;
	result: Verdict;
}

export function row(area: string, metric: string, values: Partial<Omit<Row, 'area' | 'metric'>> = {}): Row {
	return { area, metric, site: '', stock: '', target: '', result: 'info', ...values };
}

/** A verdict from a comparison that may be impossible (a measurement missing): then it is an error. */
export const verdict = (ok: boolean | undefined): Verdict => (ok === undefined ? 'error' : ok ? 'pass' : 'FAIL');

export const kib = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KiB`);

/** Milliseconds with as many decimals as the size of the number calls for. */
export function ms(value: number | undefined): string {
	if (value === undefined) return '—';
	if (value < 1) return `${value.toFixed(3)} ms`;
	if (value < 100) return `${value.toFixed(1)} ms`;
	if (value < 10_000) return `${Math.round(value)} ms`;
	return `${(value / 1000).toFixed(1)} s`;
}

const headings: Record<keyof Row, string> = {
	area: 'area',
	metric: 'metric',
	site: 'site',
	stock: 'stock Starlight',
	target: 'target',
	result: 'result',
};

/** An aligned plain-text table, rows grouped by area (in order of first appearance), one rule between areas. */
export function formatTable(unordered: readonly Row[]): string {
	const areas = [...new Set(unordered.map((item) => item.area))];
	const rows = areas.flatMap((area) => unordered.filter((item) => item.area === area));
	const columns = Object.keys(headings) as (keyof Row)[];
	const widths = columns.map((column) => Math.max(headings[column].length, ...rows.map((item) => item[column].length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => cell.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	const rule = widths.map((width) => '-'.repeat(width)).join('  ');
	const out = [line(columns.map((column) => headings[column])), rule];
	rows.forEach((item, i) => {
		if (i > 0 && rows[i - 1]!.area !== item.area) out.push(rule);
		out.push(
			line(
				columns.map((column) => (column === 'area' && i > 0 && rows[i - 1]!.area === item.area ? '' : item[column])),
			),
		);
	});
	return out.join('\n');
}
