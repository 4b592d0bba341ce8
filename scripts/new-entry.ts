// `npm run new -- term "Storm Shadow"`: starts a content entry with every field of its schema,
// each explained by the schema's own comment. Kinds: term, person, place, event, source,
// correction, quote. CONTENT_DIR picks another content folder (tests).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { z } from 'astro/zod';
import { contentDir } from '../src/lib/content/dir.ts';
import { readContentDir, type ContentCollection } from '../src/lib/content/files.ts';
import { correctionsSchema } from '../src/schemas/corrections.ts';
import { eventsSchema } from '../src/schemas/events.ts';
import { glossarySchema } from '../src/schemas/glossary.ts';
import { peopleSchema } from '../src/schemas/people.ts';
import { placesSchema } from '../src/schemas/places.ts';
import { quotesSchema } from '../src/schemas/quotes.ts';
import { plainRef, type RefBuilder } from '../src/schemas/ref.ts';
import { sourcesSchema } from '../src/schemas/sources.ts';
import { entryTemplate, readFieldDocs } from './new-entry/template.ts';

interface Kind {
	collection: ContentCollection;
	/** The schema file, relative to src/schemas/, whose JSDoc explains the fields. */
	schemaFile: string;
	schema: (ref: RefBuilder) => z.ZodObject;
	/** The field the name given on the command line fills in. */
	nameField: string;
	markdown?: boolean;
}

const kinds: Record<string, Kind> = {
	term: {
		collection: 'glossary',
		schemaFile: 'glossary.ts',
		schema: glossarySchema,
		nameField: 'term',
		markdown: true,
	},
	person: { collection: 'people', schemaFile: 'people.ts', schema: peopleSchema, nameField: 'name' },
	place: { collection: 'places', schemaFile: 'places.ts', schema: placesSchema, nameField: 'name' },
	event: { collection: 'events', schemaFile: 'events.ts', schema: eventsSchema, nameField: 'title' },
	source: { collection: 'sources', schemaFile: 'sources.ts', schema: sourcesSchema, nameField: 'title' },
	correction: {
		collection: 'corrections',
		schemaFile: 'corrections.ts',
		schema: correctionsSchema,
		nameField: 'title',
	},
	quote: { collection: 'quotes', schemaFile: 'quotes.ts', schema: quotesSchema, nameField: 'text' },
};

const root = path.resolve(import.meta.dirname, '..');
const usage = `usage: npm run new -- <${Object.keys(kinds).join('|')}> "Name", e.g. npm run new -- term "Example term"`;

function fail(message: string): never {
	console.error(`npm run new: ${message}`);
	process.exit(1);
}

const [kindName = '', ...nameParts] = process.argv.slice(2);
const kind = kinds[kindName];
if (!kind) fail(kindName ? `unknown kind "${kindName}"; ${usage}` : usage);
const name = nameParts.join(' ').trim();
if (name === '') fail(`give the ${kindName} a name; ${usage}`);
const id = new GithubSlugger().slug(name);
if (id === '') fail(`"${name}" has no letters or digits to make a file name from; give it a name with words in it`);

const folder = path.resolve(root, contentDir(), kind.collection);
const file = path.join(folder, `${id}.${kind.markdown ? 'md' : 'yaml'}`);
const relative = path.relative(process.cwd(), file);
const shown = relative.startsWith('..') ? file : relative;
const { entries } = await readContentDir(root, path.resolve(root, contentDir()));
const existing = entries.find((entry) => entry.collection === kind.collection && entry.id === id);
if (existing)
	fail(`${kind.collection} already has \`${id}\` (${existing.file}); open that file or choose another name`);
if (existsSync(file)) fail(`${shown} already exists; open it or choose another name`);

// A glossary term's category is one of the groups the story settings name.
const settings = entries.find((entry) => entry.collection === 'story')?.data as
	{ glossaryCategories?: Record<string, string> } | undefined;
const text = entryTemplate({
	choices: { category: Object.keys(settings?.glossaryCategories ?? {}) },
	schema: kind.schema(plainRef),
	docs: readFieldDocs(path.join(root, 'src/schemas', kind.schemaFile)),
	values: { [kind.nameField]: JSON.stringify(name) },
	markdown: kind.markdown ?? false,
	heading: `New ${kindName} \`${id}\`: fill in every blank field below (src/schemas/${kind.schemaFile} says what each holds), then run \`npm run check:content\`.`,
});
mkdirSync(folder, { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Wrote ${shown}: fill in its fields, then run npm run check:content.`);
