import { stat, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip level of a host compressing on the fly: zlib's default. */
export const hostGzipLevel = 6;

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Serves a built folder the way a real static host does for the timing benchmark: gzip for text
 * (level 6, as nginx and most CDNs), so throttled transfers carry compressed bytes, and
 * `Cache-Control: no-cache` on pages but long caching on hashed assets, so a second page reuses
 * them. Returns the URL and a close function.
 */
export async function startGzipServer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const root = path.resolve(dir);
	const cache = new Map<string, Buffer>();
	const server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		const info = await stat(file).catch(() => undefined);
		if (info?.isDirectory()) file = path.join(file, 'index.html');
		const body = await readFile(file).catch(() => undefined);
		if (!body) return void res.writeHead(404).end();
		const type = types[path.extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': /\/_astro\/|\/pagefind\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
		};
		if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let zipped = cache.get(file);
			if (!zipped) cache.set(file, (zipped = gzipSync(body, { level: hostGzipLevel })));
			headers['content-encoding'] = 'gzip';
			headers['content-length'] = String(zipped.length);
			res.writeHead(200, headers).end(zipped);
			return;
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
