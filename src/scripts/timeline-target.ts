/**
 * Opens the timeline entry a link points at (/timeline/#event-…), whose details are closed by
 * default, on arrival and whenever the fragment changes.
 */
export function openTargetEvent(): void {
	const open = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		const details = target?.querySelector(':scope > details');
		if (details instanceof HTMLDetailsElement) details.open = true;
	};
	open();
	window.addEventListener('hashchange', open);
}
