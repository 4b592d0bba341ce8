/**
 * Glossary previews: hovering or focusing a term link shows its one-sentence definition after a
 * short delay, below the link (above it when there is no room), never over it. Escape or leaving
 * closes it. Without JavaScript the link is a plain link, and its definition is still its
 * accessible description through aria-describedby.
 */
const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 150;

export function mountTermPreviews(doc: Document = document): void {
	const links = [...doc.querySelectorAll<HTMLAnchorElement>('a.term-link[aria-describedby]')];
	if (links.length === 0) return;

	const tip = doc.createElement('div');
	tip.className = 'term-preview';
	tip.setAttribute('role', 'tooltip');
	tip.id = 'term-preview';
	tip.hidden = true;
	doc.body.append(tip);

	let current: HTMLAnchorElement | undefined;
	let openTimer: ReturnType<typeof setTimeout> | undefined;
	let closeTimer: ReturnType<typeof setTimeout> | undefined;

	const place = (link: HTMLAnchorElement) => {
		const rect = link.getBoundingClientRect();
		const gap = 8;
		const width = Math.min(320, doc.documentElement.clientWidth - 16);
		tip.style.maxWidth = `${width}px`;
		const left = Math.max(8, Math.min(rect.left, doc.documentElement.clientWidth - width - 8));
		tip.style.left = `${left + window.scrollX}px`;
		const below = rect.bottom + gap;
		const height = tip.offsetHeight;
		const fitsBelow = below + height <= window.innerHeight || rect.top - gap - height < 0;
		tip.style.top = `${(fitsBelow ? below : rect.top - gap - height) + window.scrollY}px`;
		tip.dataset.side = fitsBelow ? 'below' : 'above';
	};

	const show = (link: HTMLAnchorElement) => {
		const definition = doc.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent;
		if (!definition) return;
		current = link;
		tip.textContent = definition;
		tip.hidden = false;
		place(link);
	};
	const hide = () => {
		clearTimeout(openTimer);
		tip.hidden = true;
		current = undefined;
	};
	const scheduleOpen = (link: HTMLAnchorElement) => {
		clearTimeout(closeTimer);
		clearTimeout(openTimer);
		openTimer = setTimeout(() => show(link), OPEN_DELAY_MS);
	};
	const scheduleClose = () => {
		clearTimeout(openTimer);
		clearTimeout(closeTimer);
		closeTimer = setTimeout(hide, CLOSE_DELAY_MS);
	};

	for (const link of links) {
		link.addEventListener('mouseenter', () => scheduleOpen(link));
		link.addEventListener('focus', () => scheduleOpen(link));
		link.addEventListener('mouseleave', scheduleClose);
		link.addEventListener('blur', hide);
	}
	// The pointer may move onto the preview to read it without it closing.
	tip.addEventListener('mouseenter', () => clearTimeout(closeTimer));
	tip.addEventListener('mouseleave', scheduleClose);
	doc.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !tip.hidden) hide();
	});
	window.addEventListener('resize', () => current && place(current));
}
