declare module '@pagefind/default-ui' {
	/** Pagefind's ready-made search UI; it ships no types. */
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}

interface ImportMetaEnv {
	/** True in the copy opened from disk (`npm run build:offline`), which can fetch nothing. */
	readonly OFFLINE_COPY: boolean;
}
