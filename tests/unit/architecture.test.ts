/**
 * The layers of src/lib, checked on every import (static and dynamic, absolute and relative).
 * A feature that needs a word, a colour or a query reads it from the model; one that needs
 * another feature's component is composed with it in src/lib/workspace, not wired into it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(__dirname, '../../src/lib');

/** Lower layers never import higher ones; folders in one layer never import each other unless listed. */
const LAYERS: { name: string; folders: string[]; mayImportSiblings: boolean }[] = [
	// Schema, storage, the article pipeline and the merged model: no UI state, no views.
	{ name: 'foundation', folders: ['dataset', 'model', 'storage', 'gazetteer', 'draft', 'import'], mayImportSiblings: true },
	// View state: selection, filters, URL, search, and the small controls that edit them.
	{ name: 'view state', folders: ['view'], mayImportSiblings: false },
	// One way of looking at the model each.
	{ name: 'views', folders: ['graph', 'map', 'evidence', 'export', 'corpus'], mayImportSiblings: false },
	// Screens with their own state that embed views.
	{ name: 'features', folders: ['briefing', 'editor', 'library'], mayImportSiblings: false },
	// The one place pages are put together.
	{ name: 'composition', folders: ['workspace'], mayImportSiblings: false }
];

function layerOf(folder: string): number {
	const index = LAYERS.findIndex((layer) => layer.folders.includes(folder));
	if (index < 0) throw new Error(`src/lib/${folder} belongs to no layer: add it to LAYERS`);
	return index;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

const IMPORT_PATTERN = /(?:from|import)\s*\(?\s*'([^']+)'/g;

/** The src/lib folder an import lands in, or null for a package. */
function importedFolder(file: string, specifier: string): string | null {
	let target: string;
	if (specifier.startsWith('$lib/')) target = join(LIB, specifier.slice(5));
	else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
	else return null;
	const inside = relative(LIB, target);
	if (inside.startsWith('..')) return null;
	return inside.split('/')[0]!;
}

interface Edge {
	file: string;
	from: string;
	to: string;
}

const edges: Edge[] = sourceFiles(LIB).flatMap((file) => {
	const from = relative(LIB, file).split('/')[0]!;
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(IMPORT_PATTERN)].flatMap(([, specifier]) => {
		const to = importedFolder(file, specifier!);
		return to && to !== from ? [{ file: relative(LIB, file), from, to }] : [];
	});
});

describe('the layers of src/lib', () => {
	it('reads a real import graph', () => {
		// Guards the regex: if it stopped matching, every rule below would pass on nothing.
		expect(edges.length).toBeGreaterThan(100);
		expect(edges).toContainEqual(expect.objectContaining({ from: 'graph', to: 'model' }));
	});

	it('puts every folder of src/lib in a layer', () => {
		const folders = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isDirectory());
		for (const folder of folders) expect(() => layerOf(folder), folder).not.toThrow();
	});

	it('never imports upwards', () => {
		const upwards = edges.filter((edge) => layerOf(edge.to) > layerOf(edge.from));
		expect(upwards.map((edge) => `${edge.file} → ${edge.to}`)).toEqual([]);
	});

	it('keeps folders of one layer apart, so features share vocabulary through the model', () => {
		const across = edges.filter((edge) => {
			const layer = layerOf(edge.from);
			return layerOf(edge.to) === layer && !LAYERS[layer]!.mayImportSiblings;
		});
		expect(across.map((edge) => `${edge.file} → ${edge.to}`)).toEqual([]);
	});

	it('keeps the shared vocabulary in one module', () => {
		const tables = ['RELATION_COLOURS', 'ENTITY_STYLES', 'STANCE_STYLES', 'STANCE_LABELS', 'RELATION_VERBS'];
		for (const table of tables) {
			const definers = sourceFiles(LIB).filter((file) =>
				new RegExp(`export const ${table}\\b`).test(readFileSync(file, 'utf8'))
			);
			expect(definers.map((file) => relative(LIB, file))).toEqual(['model/vocabulary.ts']);
		}
	});
});
