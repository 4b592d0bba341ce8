import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { normalizeBase } from '../src/lib/site/urls.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/hosting/headers.ts';

export interface RunningServer {
	/** e.g. "http://127.0.0.1:4321/atacms/" */
	url: string;
	port: number;
	close: () => Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: files under the base path,
 * directory indexes, and the site's own 404 page for anything else.
 */
export async function startServer(options: {
	dir: string;
	port?: number;
	base?: string;
	host?: string;
	/** Send the headers the site's `_headers` file asks for, as Netlify and Cloudflare Pages do. */
	hostHeaders?: boolean;
}): Promise<RunningServer> {
	const base = normalizeBase(options.base);
	const host = options.host ?? '127.0.0.1';
	const root = path.resolve(options.dir);
	const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
	const headerRules: HeaderRule[] = options.hostHeaders
		? parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8'))
		: [];
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(base)) {
			if (url.pathname === '/' && base !== '/') {
				res.writeHead(302, { location: base }).end();
				return;
			}
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		for (const [name, value] of Object.entries(headersFor(headerRules, url.pathname))) res.setHeader(name, value);
		req.url = `/${url.pathname.slice(base.length)}${url.search}`;
		files(req, res, () => {
			readFile(path.join(root, '404.html')).then(
				(page) => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page),
				() => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
			);
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, resolve);
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://${host}:${port}${base}`,
		port,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
