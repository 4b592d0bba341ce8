const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "17 November 2024": the house style for dates, always absolute, always UTC. */
export function formatDate(date: Date): string {
	return longDate.format(date);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2024": a month in house style. */
export function formatMonth(date: Date): string {
	return monthYear.format(date);
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "17 Nov": a day in a short list of days whose year is said elsewhere (a map's route, the decision week). */
export function formatDayMonth(date: Date): string {
	return dayMonth.format(date);
}

/** "2024-11-17", for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A span of days in house style, naming month and year once where they are shared: "15 to 19 November 2024". */
export function formatDayRange(start: Date, end: Date): string {
	const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
	const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
	if (isoDate(start) === isoDate(end)) return formatDate(start);
	const first = sameMonth
		? String(start.getUTCDate())
		: sameYear
			? formatDate(start).replace(/ \d+$/, '')
			: formatDate(start);
	return `${first} to ${formatDate(end)}`;
}
