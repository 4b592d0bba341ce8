// Serves a built folder on 127.0.0.1: `npm start` runs it after a build.
// Usage: node scripts/serve.ts [dir] [--port N] [--base /atacms/]
import { normalizeBase } from '../src/lib/site/urls.ts';
import { servePort } from '../src/lib/site/env.ts';
import { startServer } from './static-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
};
const dir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'dist';
const port = servePort({ PORT: option('--port') ?? process.env.PORT });
const base = normalizeBase(option('--base') ?? process.env.BASE_PATH);

const server = await startServer({ dir, port, base });
console.log(`Serving ${dir}/ at ${server.url}  (Ctrl+C to stop)`);
