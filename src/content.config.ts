import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { contentDir } from './lib/content/dir.ts';
import { correctionsSchema } from './schemas/corrections.ts';
import { docsExtension } from './schemas/docs.ts';
import { eventsSchema } from './schemas/events.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { peopleSchema } from './schemas/people.ts';
import { placesSchema } from './schemas/places.ts';
import { quotesSchema } from './schemas/quotes.ts';
import { sourcesSchema } from './schemas/sources.ts';
import { storySchema } from './schemas/story.ts';

const dir = contentDir();
const yamlFiles = (name: string) => glob({ base: `${dir}/${name}`, pattern: '**/[^_]*.{yaml,yml}' });

export const collections = {
	docs: defineCollection({
		loader: glob({ base: `${dir}/docs`, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsExtension(reference) }),
	}),
	glossary: defineCollection({
		loader: glob({ base: `${dir}/glossary`, pattern: '**/[^_]*.md' }),
		schema: glossarySchema(reference),
	}),
	people: defineCollection({ loader: yamlFiles('people'), schema: peopleSchema(reference) }),
	places: defineCollection({ loader: yamlFiles('places'), schema: placesSchema(reference) }),
	events: defineCollection({ loader: yamlFiles('events'), schema: eventsSchema(reference) }),
	quotes: defineCollection({ loader: yamlFiles('quotes'), schema: quotesSchema(reference) }),
	sources: defineCollection({ loader: yamlFiles('sources'), schema: sourcesSchema() }),
	/** One entry, `story/story.yaml`: the story's title, dates and phases. */
	story: defineCollection({ loader: yamlFiles('story'), schema: storySchema() }),
	/** Published corrections, one YAML file each: listed on /corrections/, noted on the pages they touch. */
	corrections: defineCollection({ loader: yamlFiles('corrections'), schema: correctionsSchema(reference) }),
};
