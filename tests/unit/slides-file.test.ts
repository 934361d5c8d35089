/**
 * The slides file: export and re-import, every refusal with the message the
 * briefer sees, and SlideDeck.importFile (a refused file changes nothing; an
 * accepted one is a single undo step).
 */
import { describe, expect, it } from 'vitest';
import { SlideDeck } from '../../src/lib/briefing/slide-deck.svelte';
import { SLIDES_FORMAT, type Slide } from '../../src/lib/briefing/slide-types';
import {
	checkSlidesFile,
	parseSlidesFile,
	parseStoredSlides,
	serializeSlides,
	slidesFileName,
	toSlidesFile
} from '../../src/lib/briefing/slides-file';

const dataset = 'haqqani';
const slides: Slide[] = [
	{ id: 'one', title: 'The network', caption: 'Who is tied to whom.\nSecond line, “quoted”.', view: '' },
	{ id: 'two', title: 'Funding only', caption: '', view: '?actor=haqqani-network&types=funding' }
];

function fileWith(change: (file: Record<string, unknown>) => void): string {
	const file = JSON.parse(serializeSlides(toSlidesFile(dataset, slides))) as Record<string, unknown>;
	change(file);
	return JSON.stringify(file);
}
const withSlides = (list: unknown[]) => fileWith((file) => (file.slides = list));

function refusal(text: string, validateView?: (view: string) => string | null): string {
	const result = parseSlidesFile(text, dataset, validateView);
	if (result.ok) throw new Error('parseSlidesFile accepted a file it should refuse');
	return result.message;
}

describe('slides file', () => {
	it('round-trips exactly', () => {
		const text = serializeSlides(toSlidesFile(dataset, slides));
		expect(text).toContain('\n  "format": "threadboard-slides"');
		expect(parseSlidesFile(text, dataset)).toEqual({ ok: true, slides });
	});

	it('writes only the slide fields, in the format’s shape', () => {
		const extra = [{ ...slides[0]!, selected: true } as Slide];
		expect(toSlidesFile(dataset, extra)).toEqual({ format: SLIDES_FORMAT, version: 1, dataset, slides: [slides[0]] });
		expect(slidesFileName(dataset)).toBe('haqqani-slides.json');
	});

	it('reads a file saved with a byte-order mark', () => {
		expect(parseSlidesFile('\uFEFF' + serializeSlides(toSlidesFile(dataset, slides)), dataset).ok).toBe(true);
	});

	it('refuses text that is not JSON', () => {
		expect(refusal('{"format": ')).toMatch(/^The file is not JSON: /);
		expect(refusal('')).toBe('The file is not JSON: it is empty.');
	});

	it('refuses JSON that is not a Threadboard slides file', () => {
		expect(refusal('[1, 2]')).toMatch(/^This is not a Threadboard slides file: it holds a list/);
		expect(refusal('null')).toMatch(/^This is not a Threadboard slides file/);
		expect(refusal(fileWith((file) => delete file.format))).toMatch(/^This is not a Threadboard slides file: it has no "format" field/);
		expect(refusal(fileWith((file) => (file.format = 'threadboard-dataset')))).toBe(
			'This is not a Threadboard slides file: its format is "threadboard-dataset", not "threadboard-slides".'
		);
	});

	it('checks content that is already parsed, as the single-file briefing has it', () => {
		expect(checkSlidesFile(toSlidesFile(dataset, slides), dataset)).toEqual({ ok: true, slides });
		expect(checkSlidesFile({ format: undefined }, dataset)).toMatchObject({ ok: false, message: expect.stringMatching(/its format is undefined/) });
		expect(checkSlidesFile('text', dataset)).toMatchObject({ ok: false, message: expect.stringMatching(/it holds a string/) });
	});

	it('refuses a file from a newer version', () => {
		expect(refusal(fileWith((file) => (file.version = 2)))).toMatch(/^These slides were saved by a newer version of Threadboard \(slides file version 2; this version reads version 1\)/);
		expect(refusal(fileWith((file) => (file.version = '1')))).toContain('version: expected 1');
		expect(refusal(fileWith((file) => delete file.version))).toContain('version: is missing');
	});

	it('refuses a file for another dataset', () => {
		expect(refusal(fileWith((file) => (file.dataset = 'other-article')))).toBe('These slides are for the dataset “other-article”, not “haqqani”.');
		expect(refusal(fileWith((file) => delete file.dataset))).toContain('dataset: is missing');
	});

	it('names each bad slide field by its path', () => {
		const message = refusal(
			withSlides([
				slides[0],
				{ id: '', title: 'ok', caption: '', view: '' },
				{ id: 'c', title: 'ok', caption: 42, view: '' },
				{ id: 'd', caption: '', view: 'actor=x' },
				'a slide'
			])
		);
		expect(message.split('\n')).toEqual([
			'The slides file has 5 problems:',
			'slides[1].id: must not be empty',
			'slides[2].caption: expected a string',
			'slides[3].title: is missing',
			'slides[3].view: must be empty or a view’s settings starting with "?"',
			'slides[4]: expected an object with id, title, caption and view'
		]);
		expect(refusal(fileWith((file) => (file.slides = {})))).toBe('The slides file has a problem:\nslides: expected a list of slides');
	});

	it('refuses repeated ids', () => {
		expect(refusal(withSlides([slides[0], slides[1], { ...slides[1], title: 'again' }]))).toBe(
			'The slides file has a problem:\nslides[2].id: "two" is already the id of slides[1]'
		);
	});

	it('refuses text and views past the limits, and more than 500 slides', () => {
		const message = refusal(withSlides([{ ...slides[0], caption: 'x'.repeat(5001), view: '?' + 'a'.repeat(2000) }]));
		expect(message).toContain('slides[0].caption: must be at most 5,000 characters (it has 5,001)');
		expect(message).toContain('slides[0].view: must be at most 2,000 characters (it has 2,001)');
		expect(parseSlidesFile(withSlides([{ ...slides[0], title: 'x'.repeat(5000) }]), dataset).ok).toBe(true);
		const many = Array.from({ length: 501 }, (_, index) => ({ ...slides[1], id: `s${index}` }));
		expect(refusal(withSlides(many))).toBe('The slides file has a problem:\nslides: a briefing holds at most 500 slides (this one has 501)');
		expect(parseSlidesFile(withSlides(many.slice(0, 500)), dataset).ok).toBe(true);
	});

	it('lists the first problems and counts the rest', () => {
		const bad = Array.from({ length: 12 }, (_, index) => ({ id: `s${index}`, title: null, caption: '', view: '' }));
		const lines = refusal(withSlides(bad)).split('\n');
		expect(lines[0]).toBe('The slides file has 12 problems:');
		expect(lines).toHaveLength(10);
		expect(lines[9]).toBe('…and 4 more.');
	});

	it('asks the caller to check each view against the dataset', () => {
		const check = (view: string) => (view.includes('haqqani-network') ? 'no such actor in this dataset' : null);
		expect(refusal(serializeSlides(toSlidesFile(dataset, slides)), check)).toBe(
			'The slides file has a problem:\nslides[1].view: no such actor in this dataset'
		);
	});

	it('reads stored slides without failing loudly', () => {
		expect(parseStoredSlides(null, dataset)).toEqual({ slides: [], message: null });
		expect(parseStoredSlides(serializeSlides(toSlidesFile(dataset, slides)), dataset)).toEqual({ slides, message: null });
		const broken = parseStoredSlides('{oops', dataset);
		expect(broken.slides).toEqual([]);
		expect(broken.message).toMatch(/^The slides saved in this browser could not be read\. The file is not JSON: /);
	});
});

describe('SlideDeck import and export', () => {
	const newDeck = () => new SlideDeck({ dataset, storage: null, initial: [slides[0]!] });

	it('keeps the slides, sets a message and records no step when a file is refused', () => {
		const deck = newDeck();
		expect(deck.importFile('not json')).toBe(false);
		expect(deck.message).toMatch(/^The file is not JSON/);
		expect(deck.slides).toEqual([slides[0]]);
		expect(deck.canUndo).toBe(false);
		expect(deck.importFile(fileWith((file) => (file.dataset = 'elsewhere')))).toBe(false);
		expect(deck.message).toBe('These slides are for the dataset “elsewhere”, not “haqqani”.');
		deck.dismissMessage();
		expect(deck.message).toBeNull();
	});

	it('replaces the slides as one undoable step', () => {
		const deck = newDeck();
		deck.importFile('{');
		expect(deck.importFile(serializeSlides(toSlidesFile(dataset, slides)))).toBe(true);
		expect(deck.message).toBeNull();
		expect(deck.slides).toEqual(slides);
		deck.undo();
		expect(deck.slides).toEqual([slides[0]]);
		expect(deck.canUndo).toBe(false);
		deck.redo();
		expect(deck.slides).toEqual(slides);
	});

	it('exports what it imports', () => {
		const deck = newDeck();
		deck.add('?types=funding', 'Funding', 'Follow the money');
		const other = new SlideDeck({ dataset, storage: null });
		expect(other.importFile(deck.exportFile())).toBe(true);
		expect(other.slides).toEqual(deck.slides);
	});
});
