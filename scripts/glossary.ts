// The terminal glossary lookup: `npm run glossary -- atacms`.
import { runGlossaryCli } from '../src/lib/glossary/cli.ts';
import { loadGlossaryIndex } from '../src/lib/glossary/source.ts';

try {
	const result = runGlossaryCli(process.argv.slice(2), await loadGlossaryIndex(process.cwd()));
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
} catch (error) {
	process.stderr.write(`glossary: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 2;
}
