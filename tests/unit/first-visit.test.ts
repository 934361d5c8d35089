import { describe, expect, it } from 'vitest';
import { filesForFirstVisit, readFirstVisitLists, routeOf, unionOfLandingPages, type FirstVisitLists } from '../../src/lib/storage/first-visit';

/** A small /offline-first.json, shaped as scripts/offline-first.mjs writes it. */
const lists: FirstVisitLists = {
	routes: {
		'/': ['/', '/_app/immutable/entry/app.js', '/_app/immutable/nodes/2.js', '/datasets/index.json', '/datasets/seed/dataset.json'],
		'/view': ['/view/', '/_app/immutable/entry/app.js', '/_app/immutable/nodes/5.js', '/datasets/index.json', '/geo/drawing.json'],
		'/edit': ['/edit/', '/_app/immutable/entry/app.js', '/_app/immutable/nodes/3.js'],
		'/import': ['/import/', '/_app/immutable/entry/app.js', '/_app/immutable/nodes/4.js']
	},
	corpus: ['/_app/immutable/chunks/CorpusWorkspace.js', '/datasets/seed/dataset.json', '/datasets/other/dataset.json'],
	ownStorage: ['/_app/immutable/chunks/browser-stores.js', '/_app/immutable/chunks/idb.js'],
	datasetExtras: { seed: ['/geo/areas/districts/north-waziristan.json'], other: [] }
};
const built = new Set([
	...Object.values(lists.routes).flat(),
	...lists.corpus,
	...lists.ownStorage,
	...lists.datasetExtras.seed!,
	'/datasets/seed/article.txt',
	'/datasets/seed/layout.json',
	'/datasets/other/article.txt'
]);
const inBuild = (file: string) => built.has(file);
const origin = 'https://threadboard.example';
const firstVisitTo = (...paths: string[]) => filesForFirstVisit(lists, paths.map((path) => origin + path), inBuild);

describe('what a first visit caches', () => {
	it('for the workspace: its route’s list and the dataset in the address, nothing of the library’s page or code', () => {
		const files = firstVisitTo('/view/?dataset=seed&actor=taliban');
		expect(files).toEqual([
			...lists.routes['/view']!,
			'/datasets/seed/dataset.json',
			'/datasets/seed/article.txt',
			'/datasets/seed/layout.json',
			// The outline of the district its places name, which the map fetches beside the drawing.
			'/geo/areas/districts/north-waziristan.json'
		]);
		expect(files).not.toContain('/');
		expect(files).not.toContain('/_app/immutable/nodes/2.js');
	});

	it('for a dataset only those of its files the build has; for one the build does not have, the storage code it is read with', () => {
		// The build has no layout for `other`.
		expect(firstVisitTo('/view/?dataset=other')).toEqual([...lists.routes['/view']!, '/datasets/other/dataset.json', '/datasets/other/article.txt']);
		expect(firstVisitTo('/view/?dataset=mine')).toEqual([...lists.routes['/view']!, ...lists.ownStorage]);
		expect(firstVisitTo('/view/?dataset=..%2F..%2Fsecret')).toEqual([...lists.routes['/view']!, ...lists.ownStorage]);
	});

	it('for a corpus: the workspace’s list and the corpus’s; the dataset wins when the address names both, as in the workspace', () => {
		expect(firstVisitTo('/view/?corpus=all-built-in')).toEqual([...new Set([...lists.routes['/view']!, ...lists.corpus])]);
		expect(firstVisitTo('/view/?dataset=seed&corpus=all-built-in')).not.toContain('/_app/immutable/chunks/CorpusWorkspace.js');
	});

	it('for the library, the editor and the importer: their own lists, with or without a trailing slash or a query', () => {
		expect(firstVisitTo('/')).toEqual(lists.routes['/']);
		expect(firstVisitTo('/edit/?dataset=seed')).toEqual(lists.routes['/edit']);
		expect(firstVisitTo('/import')).toEqual(lists.routes['/import']);
	});

	it('for several open pages, each one’s list once', () => {
		expect(firstVisitTo('/', '/import/')).toEqual([...new Set([...lists.routes['/']!, ...lists.routes['/import']!])]);
	});

	it('for no open page, or a page the lists do not know: the library’s and the workspace’s lists', () => {
		const union = unionOfLandingPages(lists);
		expect(union).toEqual([...new Set([...lists.routes['/']!, ...lists.routes['/view']!])]);
		expect(filesForFirstVisit(lists, [], inBuild)).toEqual(union);
		expect(firstVisitTo('/no-such-page/')).toEqual(union);
	});

	it('never a file the build does not have', () => {
		const partial = (file: string) => inBuild(file) && !file.includes('/geo/');
		expect(filesForFirstVisit(lists, [`${origin}/view/?dataset=seed`], partial).filter((file) => file.startsWith('/geo/'))).toEqual([]);
	});
});

describe('reading /offline-first.json', () => {
	it('accepts what the build writes', () => {
		expect(readFirstVisitLists(JSON.parse(JSON.stringify(lists)))).toEqual(lists);
	});

	it('refuses anything else, such as the old flat list', () => {
		expect(readFirstVisitLists(['/view/'])).toBeNull();
		expect(readFirstVisitLists(null)).toBeNull();
		expect(readFirstVisitLists({ routes: { '/': [1] }, corpus: [] })).toBeNull();
		expect(readFirstVisitLists({ routes: {} })).toBeNull();
		expect(readFirstVisitLists({ routes: {}, corpus: [], ownStorage: 'idb.js' })).toBeNull();
		// A file written before the storage code was lazy has no ownStorage list.
		expect(readFirstVisitLists({ routes: {}, corpus: [] })).toEqual({ routes: {}, corpus: [], ownStorage: [], datasetExtras: {} });
		expect(readFirstVisitLists({ routes: {}, corpus: [], datasetExtras: { seed: 'a.json' } })).toBeNull();
	});
});

describe('the route of an address', () => {
	it('is its path without the trailing slash, or null when the lists have none', () => {
		expect(routeOf(lists, new URL(`${origin}/view/?dataset=seed`))).toBe('/view');
		expect(routeOf(lists, new URL(`${origin}/`))).toBe('/');
		expect(routeOf(lists, new URL(`${origin}/constructor`))).toBeNull();
		expect(routeOf(lists, new URL(`${origin}/view/extra/`))).toBeNull();
	});
});
