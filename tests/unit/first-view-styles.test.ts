/** Only the first view's styles stay inline (src/first-view-styles.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/complete-preloads';
import { withFirstViewStyles, type StyleFiles } from '../../src/first-view-styles';

const CSS: Record<string, string> = {
	'_app/immutable/assets/page.css': '.graph.svelte-aaa{color:red}',
	'_app/immutable/assets/Presentation.css': '.deck.svelte-bbb{color:blue}',
	'_app/immutable/assets/Table.css': '.table.svelte-ccc{color:green}'
};
const manifest: Manifest = {
	'node.js': { file: '_app/immutable/nodes/5.js', imports: ['_page.js'], css: [] },
	'_page.js': { file: '_app/immutable/chunks/page.js', css: ['_app/immutable/assets/page.css'] },
	'Presentation.svelte': { file: '_app/immutable/chunks/Presentation.js', css: ['_app/immutable/assets/Presentation.css'] },
	'Table.svelte': { file: '_app/immutable/chunks/Table.js', css: ['_app/immutable/assets/Table.css'] }
};
const files: StyleFiles = {
	read: (file) => CSS[file] ?? null,
	hash: (text) => createHash('sha256').update(text, 'utf8').digest('base64')
};

/** A page as SvelteKit prerenders it: every style inline, a disabled link for each, the policy naming the style's hash. */
function page(body = '<p class="opening svelte-zzz">Opening…</p>'): string {
	const inlined = Object.values(CSS).join('\n');
	const links = Object.keys(CSS).map((file) => `\n\t\t<link href="../${file}" rel="stylesheet" disabled media="(max-width: 0)">`).join('');
	return `<head><meta http-equiv="content-security-policy" content="style-src-elem 'self' 'sha256-${files.hash(inlined)}'">
		<link href="../_app/immutable/nodes/5.js" rel="modulepreload">
		<style>${inlined}</style>${links}
	</head><body>${body}</body>`;
}

describe('the styles a prerendered page keeps inline', () => {
	it('keeps the first view’s, drops those of code loaded on demand with their disabled links, and names the new style in the policy', () => {
		const html = withFirstViewStyles(page(), manifest, files);
		const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
		expect(style).toBe(CSS['_app/immutable/assets/page.css']);
		expect(html).toContain(`'sha256-${files.hash(style)}'`);
		expect(html).toContain('assets/page.css" rel="stylesheet" disabled');
		expect(html).not.toContain('Presentation.css');
		expect(html).not.toContain('Table.css');
	});

	it('keeps a component’s styles when the prerendered markup already shows it', () => {
		const html = withFirstViewStyles(page('<table class="table svelte-ccc"></table>'), manifest, files);
		expect(html).toContain(CSS['_app/immutable/assets/Table.css']);
		expect(html).toContain('Table.css" rel="stylesheet" disabled');
		expect(html).not.toContain('Presentation.css');
	});

	it('leaves the page as it was when the policy does not name the style, or a stylesheet cannot be read', () => {
		const unnamed = page().replace(/'sha256-[^']+'/, "'sha256-other'");
		expect(withFirstViewStyles(unnamed, manifest, files)).toBe(unnamed);
		const unreadable = { ...files, read: () => null };
		expect(withFirstViewStyles(page(), manifest, unreadable)).toBe(page());
	});
});
