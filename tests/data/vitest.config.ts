import { getViteConfig } from 'astro/config';

// src/data/ reads content through `astro:content`: these tests import it under Astro's own Vite
// config, as Starlight tests its route data, and mock the collections per test file.
export default getViteConfig({ test: { name: 'data', include: ['tests/data/**/*.test.ts'] } });
