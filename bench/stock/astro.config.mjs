// @ts-check
// A stock Starlight site, the baseline the real site is measured against: default settings only.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: 'The river crossing decision',
			sidebar: [
				{ label: 'Overview', link: '/' },
				{
					label: 'The story',
					items: [
						{ label: 'Background', link: '/story/background/' },
						{ label: 'The decision', link: '/story/the-decision/' },
						{ label: 'Reactions', link: '/story/reactions/' },
						{ label: 'Open questions', link: '/story/open-questions/' },
					],
				},
				{ label: 'Reference', items: [{ label: 'Glossary', link: '/glossary/' }] },
			],
		}),
	],
});
