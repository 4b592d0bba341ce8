const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "17 November 2024": the house style for dates, always absolute, always UTC. */
export function formatDate(date: Date): string {
	return longDate.format(date);
}

/** "2024-11-17", for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
