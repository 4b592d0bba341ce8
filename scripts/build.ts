// `npm run build`: the copy to open from disk (build/offline/, build/offline.zip), then the
// hosted site (dist/, carrying the zip for download).
// `npm run build:offline`: only build/offline/ and build/offline.zip.
import { buildSettings } from '../src/lib/site/env.ts';
import { buildSite, projectRoot } from './site-build.ts';

try {
	// Bad settings (SITE_URL without a scheme, a BASE_PATH a URL cannot hold) stop here, in one line.
	buildSettings(process.env, projectRoot);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
const { ok } = await buildSite({ offlineOnly: process.argv.includes('--offline') });
if (!ok) process.exitCode = 1;
