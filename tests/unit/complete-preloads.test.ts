/** The preloads SvelteKit leaves out are added from the build manifest (src/complete-preloads.ts). */
import { describe, expect, it } from 'vitest';
import { corpusCode, staticClosure, withCompletePreloads, type Manifest } from '../../src/complete-preloads';

// The page's node imports the framework and `shared`; the framework loads the checks on demand,
// and they import `shared` too: SvelteKit's walk met `shared` there first and left it out.
const manifest: Manifest = {
	'node.js': { file: '_app/immutable/nodes/5.js', imports: ['_framework.js', '_shared.js'] },
	'_framework.js': { file: '_app/immutable/chunks/framework.js' },
	'_shared.js': { file: '_app/immutable/chunks/shared.js', imports: ['_values.js'] },
	'_values.js': { file: '_app/immutable/chunks/values.js', imports: ['_framework.js'] },
	'checks.js': { file: '_app/immutable/chunks/checks.js', imports: ['_shared.js'] }
};

const page = (files: string[]) =>
	`<head>\n\t\t<link href="../_app/immutable/entry/start.js" rel="modulepreload">\n${files.map((file) => `\t\t<link href="../${file}" rel="modulepreload">`).join('\n')}\n\t\t<title>x</title></head>`;

describe('completing the preloads', () => {
	it('finds every file the given files import statically, through chains and cycles', () => {
		expect(staticClosure(manifest, ['_app/immutable/nodes/5.js'])).toEqual([
			'_app/immutable/nodes/5.js',
			'_app/immutable/chunks/framework.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/values.js'
		]);
	});

	it('adds the files left out, after the page’s own preloads and with the same relative path, and nothing loaded on demand', () => {
		const html = withCompletePreloads(page(['_app/immutable/nodes/5.js', '_app/immutable/chunks/framework.js']), manifest);
		const preloaded = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((match) => match[1]);
		expect(preloaded).toEqual([
			'../_app/immutable/entry/start.js',
			'../_app/immutable/nodes/5.js',
			'../_app/immutable/chunks/framework.js',
			'../_app/immutable/chunks/shared.js',
			'../_app/immutable/chunks/values.js'
		]);
		expect(html).not.toContain('checks.js');
		expect(html.indexOf('values.js')).toBeLessThan(html.indexOf('<title>'));
	});

	it('leaves a complete page, and a page with no preloads, as it was', () => {
		const complete = page(['_app/immutable/nodes/5.js', '_app/immutable/chunks/framework.js', '_app/immutable/chunks/shared.js', '_app/immutable/chunks/values.js']);
		expect(withCompletePreloads(complete, manifest)).toBe(complete);
		expect(withCompletePreloads('<head></head>', manifest)).toBe('<head></head>');
	});
});

describe('the corpus workspace\'s code, for the early script', () => {
	const withCorpus: Manifest = {
		...manifest,
		'src/lib/workspace/CorpusWorkspace.svelte': { file: '_app/immutable/chunks/corpus.js', imports: ['_shared.js', '_merge.js'], css: ['_app/immutable/assets/CorpusWorkspace.css'] },
		'_merge.js': { file: '_app/immutable/chunks/merge.js', imports: ['_framework.js'], css: ['_app/immutable/assets/Merge.css'] }
	};
	const html = withCompletePreloads(page(['_app/immutable/nodes/5.js']), withCorpus);

	it('lists what the page does not preload already, code then styles, linked as the page links its own', () => {
		expect(corpusCode(html, withCorpus)).toEqual([
			'../_app/immutable/chunks/corpus.js',
			'../_app/immutable/chunks/merge.js',
			'../_app/immutable/assets/CorpusWorkspace.css',
			'../_app/immutable/assets/Merge.css'
		]);
	});

	it('lists nothing without the component in the build, or on a page with no code', () => {
		expect(corpusCode(html, manifest)).toEqual([]);
		expect(corpusCode('<head></head>', withCorpus)).toEqual([]);
	});
});
