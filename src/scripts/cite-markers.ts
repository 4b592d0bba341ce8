/**
 * A marker that cites several sources ("[1, 4, 5]") links to the first of them; once scripts
 * run, following it highlights all of them in the source list, as `:target` does for one.
 */
export function mountCiteMarkers(root: ParentNode = document): void {
	root.addEventListener('click', (event) => {
		const marker = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('sup.cite a');
		if (!marker) return;
		for (const item of document.querySelectorAll('.cite-highlight')) item.classList.remove('cite-highlight');
		for (const id of (marker.dataset.citeSources ?? '').split(' ').filter(Boolean))
			document.getElementById(`source-${id}`)?.classList.add('cite-highlight');
	});
}
