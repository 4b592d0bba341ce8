/**
 * What `astro:content` resolves to in the data project: each test file mocks it with its own
 * entries (`vi.mock('astro:content', () => mockedAstroContent({ … }))`, tests/data/mock-content.ts).
 * Reached unmocked, it says so rather than returning nothing.
 */
const unmocked = (name: string) => () => {
	throw new Error(`astro:content's ${name}() is not mocked: call vi.mock('astro:content', …) in this test file`);
};

export const getCollection = unmocked('getCollection');
export const getEntry = unmocked('getEntry');
export const getEntries = unmocked('getEntries');
export const render = unmocked('render');
export const reference = unmocked('reference');
export const defineCollection = unmocked('defineCollection');
