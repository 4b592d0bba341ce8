import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { contentDir } from './lib/content/dir.ts';
import { relinkOnGlossaryChange } from './data/relink-loader.ts';
import { filePattern, type ContentCollection } from './lib/content/layout.ts';
import { correctionsSchema } from './schemas/corrections.ts';
import { docsExtension } from './schemas/docs.ts';
import { eventsSchema } from './schemas/events.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { mapsSchema } from './schemas/map.ts';
import { peopleSchema } from './schemas/people.ts';
import { placesSchema } from './schemas/places.ts';
import { quotesSchema } from './schemas/quotes.ts';
import { sourcesSchema } from './schemas/sources.ts';
import { storySchema } from './schemas/story.ts';

const dir = contentDir();
// Which files are entries is declared once, in src/lib/content/layout.ts, for these loaders and the content check.
const files = (name: ContentCollection) => glob({ base: `${dir}/${name}`, pattern: filePattern(name) });

export const collections = {
	docs: defineCollection({
		loader: relinkOnGlossaryChange(files('docs')),
		schema: docsSchema({ extend: docsExtension(reference) }),
	}),
	glossary: defineCollection({
		loader: relinkOnGlossaryChange(files('glossary')),
		schema: glossarySchema(reference),
	}),
	people: defineCollection({ loader: files('people'), schema: peopleSchema(reference) }),
	places: defineCollection({ loader: files('places'), schema: placesSchema(reference) }),
	events: defineCollection({ loader: files('events'), schema: eventsSchema(reference) }),
	quotes: defineCollection({ loader: files('quotes'), schema: quotesSchema(reference) }),
	sources: defineCollection({ loader: files('sources'), schema: sourcesSchema() }),
	/** One entry, `story/story.yaml`: the story's title, dates and phases. */
	story: defineCollection({ loader: files('story'), schema: storySchema() }),
	/** Published corrections, one YAML file each: listed on /corrections/, noted on the pages they touch. */
	corrections: defineCollection({ loader: files('corrections'), schema: correctionsSchema(reference) }),
	/** Maps, one YAML file each: frame, countries, bands, rings, areas, markers, caption and method note. */
	maps: defineCollection({ loader: files('maps'), schema: mapsSchema(reference) }),
};
