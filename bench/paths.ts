import path from 'node:path';

/** The project the benchmark measures; every path below is absolute so it runs from anywhere. */
export const projectRoot = path.resolve(import.meta.dirname, '..');

/** Builds and generated content go here; the folder is git-ignored and excluded from lint and type checks. */
export const outRoot = path.join(projectRoot, 'bench/out');

/** The stock Starlight fixture the site is compared with. */
export const stockFixture = path.join(projectRoot, 'bench/stock');

export const resultsFile = path.join(projectRoot, 'bench/results.json');
