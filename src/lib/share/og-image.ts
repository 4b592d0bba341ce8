/**
 * Link-preview images (Open Graph, 1200×630 PNG), drawn at build time: satori lays the card out
 * as SVG with fonts from npm, resvg turns it into a PNG. No network, no browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';

export const ogSize = { width: 1200, height: 630 } as const;

export interface OgCard {
	/** The page title; a long one wraps to three lines and ends in an ellipsis. */
	title: string;
	/** Where the page sits, e.g. "The story", "Glossary", "Place". */
	section: string;
	siteName: string;
	/** The "as reported on" line, e.g. "As reported on 17 November 2024". */
	dateLine: string;
	/** A term's one-sentence definition, or a page's description. */
	text?: string;
	/** A map to show beside the text (SVG markup), e.g. a place's map with the place marked. */
	mapSvg?: string;
}

const require = createRequire(import.meta.url);

/** The card's fonts: Inter from @fontsource (WOFF: satori reads no WOFF2). */
const ogFontFiles = [
	{ file: '@fontsource/inter/files/inter-latin-400-normal.woff', weight: 400 },
	{ file: '@fontsource/inter/files/inter-latin-700-normal.woff', weight: 700 },
] as const;

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
	fonts ??= ogFontFiles.map(({ file, weight }) => {
		let data: Buffer;
		try {
			data = readFileSync(require.resolve(file));
		} catch (error) {
			throw new Error(`OG images: the font ${file} is missing; run npm install (it comes with @fontsource/inter)`, {
				cause: error,
			});
		}
		return { name: 'Inter', data, weight, style: 'normal' as const };
	});
	return fonts;
}

/** The packages that turn a card into pixels, by version: an upgrade must redraw every image. */
export const ogRenderers = Object.fromEntries(
	['satori', '@resvg/resvg-js'].map((name) => [
		name,
		(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version,
	]),
);

/**
 * A hash of everything that decides an image: the card, the font files, the renderers' versions
 * and the layout below.
 */
export function ogCacheKey(card: OgCard, renderers: Record<string, string> = ogRenderers): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(card));
	for (const font of loadFonts()) hash.update(new Uint8Array(font.data));
	hash.update(JSON.stringify(renderers));
	hash.update(layoutVersion);
	return hash.digest('hex').slice(0, 32);
}

// Bump when the layout below changes, so cached images are redrawn.
const layoutVersion = 'card-v3';

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown; [key: string]: unknown } };
const h = (
	type: string,
	style: Record<string, unknown>,
	children?: unknown,
	props: Record<string, unknown> = {},
): Node => ({
	type,
	props: { style, children, ...props },
});

const ink = '#17181c';
const muted = '#545861';
const accent = '#1d4ed8';

/** The card as satori's element tree. */
function ogTree(card: OgCard): Node {
	const withMap = Boolean(card.mapSvg);
	const textWidth = withMap ? 660 : 1040;
	return h(
		'div',
		{
			width: ogSize.width,
			height: ogSize.height,
			// satori's boxes are content-box by default: keep the padding inside the card.
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '56px 80px',
			background: '#ffffff',
			borderTop: `16px solid ${accent}`,
			fontFamily: 'Inter',
			color: ink,
		},
		[
			h('div', { display: 'flex', gap: 48, alignItems: 'flex-start' }, [
				h('div', { display: 'flex', flexDirection: 'column', width: textWidth }, [
					h(
						'div',
						{ fontSize: 30, fontWeight: 700, color: accent, textTransform: 'uppercase', letterSpacing: 2 },
						card.section,
					),
					h(
						'div',
						{
							display: 'block',
							marginTop: 20,
							fontSize: withMap ? 56 : 68,
							fontWeight: 700,
							lineHeight: 1.12,
							lineClamp: 3,
							textOverflow: 'ellipsis',
							overflow: 'hidden',
							wordBreak: 'break-word',
							maxHeight: (withMap ? 56 : 68) * 1.12 * 3,
						},
						card.title,
					),
					...(card.text
						? [
								h(
									'div',
									{
										display: 'block',
										marginTop: 24,
										fontSize: 30,
										lineHeight: 1.35,
										color: muted,
										lineClamp: 3,
										textOverflow: 'ellipsis',
										overflow: 'hidden',
										wordBreak: 'break-word',
										maxHeight: 30 * 1.35 * 3,
									},
									card.text,
								),
							]
						: []),
				]),
				...(card.mapSvg
					? [
							h('img', { width: 360, height: 360, objectFit: 'contain' }, undefined, {
								src: `data:image/svg+xml;base64,${Buffer.from(card.mapSvg).toString('base64')}`,
								width: 360,
								height: 360,
							}),
						]
					: []),
			]),
			h('div', { display: 'flex', justifyContent: 'space-between', fontSize: 28, color: muted }, [
				h('div', { fontWeight: 700, color: ink }, card.siteName),
				h('div', {}, card.dateLine),
			]),
		],
	);
}

/** The card as SVG; `embedFont: false` keeps the text as text, for tests. */
export async function ogSvg(card: OgCard, { embedFont = true } = {}): Promise<string> {
	return satori(ogTree(card) as Parameters<typeof satori>[0], { ...ogSize, fonts: loadFonts(), embedFont });
}

/** The card as a PNG. Throws, naming the page, when drawing fails. */
export async function renderOgImage(card: OgCard, page: string): Promise<Buffer> {
	try {
		const svg = await ogSvg(card);
		return new Resvg(svg, { fitTo: { mode: 'width', value: ogSize.width }, font: { loadSystemFonts: false } })
			.render()
			.asPng();
	} catch (error) {
		throw new Error(`OG image for ${page}: ${error instanceof Error ? error.message : String(error)}`, {
			cause: error,
		});
	}
}
