import { describe, expect, it } from 'vitest';
import { briefingFileName, briefingHtml, downloadBriefing, newDeckId, slidesJson } from '../../src/lib/briefing/briefing-html';
import { DECK_ID_PATTERN, EMBEDDED_SLIDES_ID, type EmbeddedDeck, type SlidesFile } from '../../src/lib/briefing/slide-types';
import { loadDataset, loadDatasetIndex } from '../../src/lib/dataset/load';
import { embeddedFetch, embeddedSlides, embeddedTopology, isSlidesFile, type ElementLookup } from '../../src/single/embedded-data';

const TEMPLATE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>Haqqani · Threadboard</title>
		<script type="module">const a = "</head><title>not this</title>";</script>
	</head>
	<body>
		<div id="app"></div>
	</body>
</html>`;

function deck(caption = 'Who pays whom'): SlidesFile {
	return {
		format: 'threadboard-slides',
		version: 1,
		dataset: 'haqqani-al-qaeda-joint-unit',
		slides: [
			{ id: 's1', title: 'The joint unit', caption, view: '?actor=haqqani-network' },
			{ id: 's2', title: 'Funding', caption: 'Money & men', view: '?types=funding' }
		]
	};
}

/** The deck as briefingHtml embeds it under `deckId`. */
function embedded(file: SlidesFile, deckId: string): EmbeddedDeck {
	return { format: file.format, version: file.version, dataset: file.dataset, deckId, slides: file.slides };
}

/** The briefing scripts in a page, as a parser sees them: the text up to the first `</script`. */
function embeddedScripts(html: string): string[] {
	const pattern = new RegExp(`<script type="application/json" id="${EMBEDDED_SLIDES_ID}">([\\s\\S]*?)</script`, 'g');
	return [...html.matchAll(pattern)].map((match) => match[1]!);
}

/** Just enough of a document for embeddedSlides: the element's text is what an HTML parser would give. */
function fakeDocument(html: string): ElementLookup {
	return {
		getElementById: (id) => {
			if (id !== EMBEDDED_SLIDES_ID) return null;
			const scripts = embeddedScripts(html);
			return scripts.length > 0 ? { textContent: scripts[0]! } : null;
		}
	};
}

describe('briefingHtml', () => {
	it('puts the deck in the head, before </head>, and keeps the rest of the file', () => {
		const html = briefingHtml(TEMPLATE, deck(), undefined, 'deck-1');
		const scripts = embeddedScripts(html);
		expect(scripts).toHaveLength(1);
		const at = html.indexOf(`id="${EMBEDDED_SLIDES_ID}"`);
		// The real </head>, not the one in the app's inline script.
		expect(at).toBeGreaterThan(html.indexOf('</script>'));
		expect(at).toBeLessThan(html.indexOf('</head>\n\t<body>'));
		expect(JSON.parse(scripts[0]!)).toEqual(embedded(deck(), 'deck-1'));
		expect(html.replace(/<script type="application\/json"[\s\S]*?<\/script>\n/, '')).toBe(TEMPLATE);
	});

	it('replaces a deck that is already there instead of adding a second', () => {
		const once = briefingHtml(TEMPLATE, deck('First'), undefined, 'first');
		const twice = briefingHtml(once, deck('Second'), undefined, 'second');
		const scripts = embeddedScripts(twice);
		expect(scripts).toHaveLength(1);
		expect((JSON.parse(scripts[0]!) as SlidesFile).slides[0]!.caption).toBe('Second');
		expect(twice).toBe(briefingHtml(TEMPLATE, deck('Second'), undefined, 'second'));
	});

	it('gives every briefing a deck id of its own unless told one, and refuses a malformed one', () => {
		const idOf = (html: string) => (JSON.parse(embeddedScripts(html)[0]!) as EmbeddedDeck).deckId;
		const first = idOf(briefingHtml(TEMPLATE, deck()));
		const second = idOf(briefingHtml(TEMPLATE, deck()));
		expect(first).toMatch(DECK_ID_PATTERN);
		expect(first).toHaveLength(22);
		expect(second).not.toBe(first);
		expect(newDeckId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(idOf(briefingHtml(TEMPLATE, deck(), undefined, 'chosen_id-1'))).toBe('chosen_id-1');
		for (const bad of ['', 'a:b', 'x'.repeat(65), '../x'])
			expect(() => briefingHtml(TEMPLATE, deck(), undefined, bad)).toThrow(/deck id/);
	});

	it('leaves the app alone when its code mentions the briefing script', () => {
		const template = TEMPLATE.replace(
			'const a = ',
			`const tag = '<script type="application/json" id="${EMBEDDED_SLIDES_ID}">'; const a = `
		);
		const html = briefingHtml(template, deck());
		expect(html).toContain(`const tag = '<script type="application/json" id="${EMBEDDED_SLIDES_ID}">'; const a = `);
		expect(embeddedScripts(html)).toHaveLength(2); // the app's string, untouched, and the deck
	});

	it('carries the dataset it was made from, as data that cannot end its element, once however often it is embedded', () => {
		const bundle = JSON.stringify({ format: 'threadboard-dataset', version: 1, id: 'mine', article: { title: 'Mine </script><script>alert(1)</script>', text: 'x' } });
		const once = briefingHtml(TEMPLATE, deck(), undefined, 'deck-1', bundle);
		const twice = briefingHtml(once, deck(), undefined, 'deck-1', bundle);
		expect(twice).toBe(once);
		const block = /<script type="application\/json" id="threadboard-dataset">([^<]*)<\/script>/.exec(once);
		expect(block).not.toBeNull();
		expect(JSON.parse(block![1]!)).toEqual(JSON.parse(bundle));
		expect(briefingHtml(once, deck(), undefined, 'deck-1')).not.toContain('threadboard-dataset');
	});

	it('escapes a caption that would end the script element', () => {
		const caption = 'Ends here </script><script>alert(1)</script> <!-- and \u2028 \u2029';
		const html = briefingHtml(TEMPLATE, deck(caption), undefined, 'deck-1');
		const json = embeddedScripts(html)[0]!;
		expect(json).not.toMatch(/[<\u2028\u2029]/);
		expect(json).toContain('\\u003c/script>');
		expect((JSON.parse(json) as SlidesFile).slides[0]!.caption).toBe(caption);
		expect(slidesJson(embedded(deck(caption), 'deck-1'))).toBe(json);
	});

	it('sets the title when asked, escaped, and only the head’s title', () => {
		const html = briefingHtml(TEMPLATE, deck(), 'Briefing: Haqqani & <al-Qaeda>');
		expect(html).toContain('<title>Briefing: Haqqani &amp; &lt;al-Qaeda&gt;</title>');
		expect(html).toContain('"</head><title>not this</title>"');
		expect(briefingHtml(TEMPLATE, deck())).toContain('<title>Haqqani · Threadboard</title>');
		const untitled = TEMPLATE.replace('<title>Haqqani · Threadboard</title>', '');
		expect(briefingHtml(untitled, deck(), 'New')).toMatch(/<title>New<\/title>\n<script type="application\/json"/);
	});

	it('refuses a template with no head end', () => {
		expect(() => briefingHtml('<p>not a page</p>', deck())).toThrow(/<\/head>/);
	});
});

describe('embeddedSlides', () => {
	it('reads back what briefingHtml embedded, with its deck id', () => {
		const caption = 'Ends here </script><script>alert(1)</script> \u2028';
		expect(embeddedSlides(fakeDocument(briefingHtml(TEMPLATE, deck(caption), undefined, 'deck-1')))).toEqual(embedded(deck(caption), 'deck-1'));
	});

	it('gives a deck embedded without an id (or with a malformed one) an id made from its text', () => {
		const lookup = (text: string): ElementLookup => ({ getElementById: () => ({ textContent: text }) });
		const idOf = (file: object) => embeddedSlides(lookup(JSON.stringify(file)))?.deckId;
		expect(idOf(deck('One'))).toMatch(/^content-[0-9a-f]{16}$/);
		expect(idOf(deck('One'))).toBe(idOf(deck('One')));
		expect(idOf(deck('Two'))).not.toBe(idOf(deck('One')));
		expect(idOf({ ...deck('One'), deckId: 'a:b' })).toBe(idOf({ ...deck('One'), deckId: 'a:b' }));
		expect(idOf({ ...deck('One'), deckId: 'a:b' })).toMatch(/^content-/);
		expect(idOf({ ...deck('One'), deckId: 42 })).toMatch(/^content-/);
	});

	it('is null when there is no deck, or it is not a slides file', () => {
		expect(embeddedSlides(fakeDocument(TEMPLATE))).toBeNull();
		const lookup = (text: string): ElementLookup => ({ getElementById: () => ({ textContent: text }) });
		expect(embeddedSlides(lookup('{not json'))).toBeNull();
		expect(embeddedSlides(lookup(JSON.stringify({ ...deck(), format: 'other' })))).toBeNull();
		expect(embeddedSlides(lookup(JSON.stringify({ ...deck(), slides: [{ id: 's1' }] })))).toBeNull();
		expect(isSlidesFile(deck())).toBe(true);
	});
});

describe('downloadBriefing', () => {
	it('names the file after the dataset', () => {
		expect(briefingFileName(deck())).toBe('haqqani-al-qaeda-joint-unit-briefing.html');
		expect(briefingFileName({ ...deck(), dataset: '../x y' })).toBe('x-y-briefing.html');
	});

	it('says what is wrong when the template is not served', async () => {
		const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
		await expect(downloadBriefing(deck(), missing)).rejects.toThrow(/HTTP 404.*npm run build/);
	});
});

describe('the single file’s inlined files', () => {
	it('go through the app’s loaders, so a broken dataset reports its problems', async () => {
		const files = {
			'/datasets/index.json': JSON.stringify({ datasets: [{ slug: 'broken', title: 'Broken' }] }),
			'/datasets/broken/dataset.json': '{ not json'
		};
		const fetchEmbedded = embeddedFetch(files);
		const index = await loadDatasetIndex(fetchEmbedded);
		expect(index.ok && index.index.datasets[0]!.slug).toBe('broken');
		const result = await loadDataset(fetchEmbedded, 'broken');
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['article.txt', 'dataset.json']);
		expect((await loadDatasetIndex(embeddedFetch({}))).ok).toBe(false);
		await expect(embeddedTopology({})()).rejects.toThrow(/not embedded/);
		await expect(embeddedTopology({ '/geo/region.topo.json': '{"type":"Topology"}' })()).resolves.toEqual({ type: 'Topology' });
	});
});
