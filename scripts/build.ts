// `npm run build`: the hosted site in dist/ (with the offline copy's zip for download).
// `npm run build:offline`: only dist-offline/ (open dist-offline/index.html from disk) and dist-offline.zip.
import { buildSite } from './site-build.ts';

const { ok } = buildSite({ offlineOnly: process.argv.includes('--offline') });
if (!ok) process.exitCode = 1;
