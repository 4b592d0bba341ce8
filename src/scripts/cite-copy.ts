/** Copy buttons of "Cite this page": shown once scripts run, result announced in a live region. */
export function mountCiteCopy(root: ParentNode = document): void {
	for (const section of root.querySelectorAll<HTMLElement>('[data-cite]')) {
		const status = section.querySelector<HTMLElement>('[data-cite-status]');
		for (const button of section.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
			const target = document.getElementById(button.dataset.citeCopy ?? '');
			if (!target) continue;
			button.hidden = false;
			button.addEventListener('click', async () => {
				const label = button.dataset.citeLabel ?? 'Citation';
				let message: string;
				try {
					await navigator.clipboard.writeText((target.innerText || target.textContent || '').trim());
					message = `${label} copied.`;
				} catch {
					// No clipboard (e.g. a page opened from disk): select the text for Ctrl+C instead.
					const range = document.createRange();
					range.selectNodeContents(target);
					getSelection()?.removeAllRanges();
					getSelection()?.addRange(range);
					message = `${label} selected: press Ctrl+C or Command+C to copy.`;
				}
				// Clear first so the same message is announced again on a second press.
				if (status) {
					status.textContent = '';
					requestAnimationFrame(() => (status.textContent = message));
				}
			});
		}
	}
}
