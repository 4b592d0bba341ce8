// @ts-check
// Astro and Starlight with one local plugin: src/plugin.ts installs everything this project adds,
// from the build settings (environment variables) and the story's own settings (content).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { explainer } from './src/plugin.ts';

const site = await explainer(process.env, fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
	...site.astro,
	integrations: [starlight({ title: site.title, plugins: site.plugins })],
});
