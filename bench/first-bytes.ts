import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { readHtml } from '../tests/support/dist.ts';
import { ancestor, elementsOf, hasClass, textOf } from '../tests/support/html.ts';
import { hostGzipLevel } from './gzip-server.ts';

/** One round trip's worth of a new connection (TCP's initial window of ten packets): what should carry the opening. */
export const firstRoundTrip = 14 * 1024;

/**
 * Where a page's opening ends, in bytes of its HTML: the end of the first paragraph with text in
 * the page's content (Starlight's `.sl-markdown-content`, after the `<h1>` and the dateline), or
 * of the `<h1>` when there is none. Undefined without an `<h1>`.
 */
export function openingEnd(html: string): number | undefined {
	const elements = elementsOf(html);
	const heading = elements.findIndex((element) => element.tagName === 'h1');
	if (heading < 0) return undefined;
	const paragraph = elements
		.slice(heading + 1)
		.find(
			(element) =>
				element.tagName === 'p' &&
				textOf(element) !== '' &&
				ancestor(element, (around) => hasClass(around, 'sl-markdown-content')) !== undefined,
		);
	const end = (paragraph ?? elements[heading]!).sourceCodeLocation!.endOffset;
	return Buffer.byteLength(html.slice(0, end));
}

/** How many bytes of `compressed` (a gzip stream) a browser needs to decode the first `bytes` of the document. */
export function compressedPrefix(compressed: Buffer, bytes: number): number {
	const decodable = (length: number) => {
		try {
			return gunzipSync(compressed.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH }).length;
		} catch {
			return 0;
		}
	};
	let low = 0;
	let high = compressed.length;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (decodable(middle) >= bytes) high = middle;
		else low = middle + 1;
	}
	return low;
}

export interface OpeningBytes {
	page: string;
	/** Bytes of the gzipped page up to the end of its heading and first paragraph. */
	opening: number;
	/** The whole page, gzipped. */
	total: number;
}

/** The opening's place in the compressed stream, for one built page ("/glossary/atacms/"). */
export function openingBytes(dir: string, page: string): OpeningBytes | undefined {
	const html = readHtml(dir, page);
	const end = openingEnd(html);
	if (end === undefined) return undefined;
	const compressed = gzipSync(html, { level: hostGzipLevel });
	return { page, opening: compressedPrefix(compressed, end), total: compressed.length };
}
