/**
 * Slides on disk and in the browser's storage: a small, versioned JSON file tied
 * to one dataset. Reading never throws; every refusal says what is wrong, and
 * where, in words a briefer can act on.
 */
import * as v from 'valibot';
import { SLIDES_FORMAT, type Slide, type SlidesFile } from './slide-types';
import { MAX_SLIDE_ID, MAX_SLIDE_TEXT, MAX_SLIDE_VIEW, MAX_SLIDES } from './slides';
import { groupDigits } from '$lib/model/english';
import { issuePath } from '$lib/dataset/issue-path';

export const SLIDES_VERSION = 1;

export type SlidesParseResult = { ok: true; slides: Slide[] } | { ok: false; message: string };

/** Checks a slide's view against the dataset; returns a problem to refuse the file, or null to accept it. */
export type ViewCheck = (view: string) => string | null;

/** How many problems a refusal lists before it says "and N more". */
const PROBLEMS_SHOWN = 8;

const count = groupDigits;

const SlideText = v.pipe(
	v.string('expected a string'),
	v.maxLength(MAX_SLIDE_TEXT, (issue) => `must be at most ${count(MAX_SLIDE_TEXT)} characters (it has ${count(Number(issue.received))})`)
);

const SlideSchema = v.object(
	{
		id: v.pipe(
			v.string('expected a string'),
			v.minLength(1, 'must not be empty'),
			v.maxLength(MAX_SLIDE_ID, `must be at most ${MAX_SLIDE_ID} characters`)
		),
		title: SlideText,
		caption: SlideText,
		view: v.pipe(
			v.string('expected a string'),
			v.maxLength(MAX_SLIDE_VIEW, (issue) => `must be at most ${count(MAX_SLIDE_VIEW)} characters (it has ${count(Number(issue.received))})`),
			v.check((view) => view === '' || view.startsWith('?'), 'must be empty or a view’s settings starting with "?"')
		)
	},
	'expected an object with id, title, caption and view'
);

const SlidesFileSchema = v.object({
	format: v.literal(SLIDES_FORMAT, `expected "${SLIDES_FORMAT}"`),
	version: v.literal(SLIDES_VERSION, `expected ${SLIDES_VERSION}`),
	dataset: v.string('expected a string'),
	slides: v.pipe(
		v.array(SlideSchema, 'expected a list of slides'),
		v.maxLength(MAX_SLIDES, (issue) => `a briefing holds at most ${MAX_SLIDES} slides (this one has ${count(Number(issue.received))})`)
	)
}) satisfies v.GenericSchema<unknown, SlidesFile>;

export function toSlidesFile(dataset: string, slides: readonly Slide[]): SlidesFile {
	return {
		format: SLIDES_FORMAT,
		version: SLIDES_VERSION,
		dataset,
		slides: slides.map(({ id, title, caption, view }) => ({ id, title, caption, view }))
	};
}

export function serializeSlides(file: SlidesFile): string {
	return JSON.stringify(file, null, 2) + '\n';
}

export function slidesFileName(dataset: string): string {
	return `${dataset}-slides.json`;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
	// A missing key is reported by its parent object, with the object's own message.
	if (issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined' && issue.path?.length) return 'is missing';
	return issue.message;
}

function duplicateIdProblems(slides: readonly Slide[]): string[] {
	const firstUse = new Map<string, number>();
	const problems: string[] = [];
	slides.forEach((slide, index) => {
		const earlier = firstUse.get(slide.id);
		if (earlier === undefined) firstUse.set(slide.id, index);
		else problems.push(`slides[${index}].id: "${slide.id}" is already the id of slides[${earlier}]`);
	});
	return problems;
}

function listProblems(problems: string[]): string {
	const shown = problems.slice(0, PROBLEMS_SHOWN);
	const more = problems.length - shown.length;
	const heading = problems.length === 1 ? 'The slides file has a problem:' : `The slides file has ${problems.length} problems:`;
	return [heading, ...shown, ...(more > 0 ? [`…and ${more} more.`] : [])].join('\n');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an exported slides file. The file-level checks come first (is it JSON, is
 * it ours, is it too new, is it for this dataset), because when one of those fails
 * a list of per-slide problems would only bury the real reason.
 */
export function parseSlidesFile(text: string, expectedDataset: string, validateView?: ViewCheck): SlidesParseResult {
	// Some editors save a byte-order mark, which JSON.parse refuses.
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return { ok: false, message: 'The file is not JSON: it is empty.' };
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, message: `The file is not JSON: ${reason}.` };
	}
	return checkSlidesFile(json, expectedDataset, validateView);
}

/** The checks of parseSlidesFile for content already parsed, such as the deck embedded in a single-file briefing. */
export function checkSlidesFile(json: unknown, expectedDataset: string, validateView?: ViewCheck): SlidesParseResult {
	if (!isRecord(json)) {
		const holds = Array.isArray(json) ? 'a list' : json === null ? 'null' : `a ${typeof json}`;
		return { ok: false, message: `This is not a Threadboard slides file: it holds ${holds}, not an object with "format": "${SLIDES_FORMAT}".` };
	}
	if (!('format' in json))
		return { ok: false, message: `This is not a Threadboard slides file: it has no "format" field (expected "format": "${SLIDES_FORMAT}").` };
	if (json.format !== SLIDES_FORMAT)
		return { ok: false, message: `This is not a Threadboard slides file: its format is ${String(JSON.stringify(json.format)).slice(0, 60)}, not "${SLIDES_FORMAT}".` };
	if (typeof json.version === 'number' && json.version > SLIDES_VERSION)
		return {
			ok: false,
			message: `These slides were saved by a newer version of Threadboard (slides file version ${json.version}; this version reads version ${SLIDES_VERSION}). Open them in the newer Threadboard.`
		};
	if (typeof json.dataset === 'string' && json.dataset !== expectedDataset)
		return { ok: false, message: `These slides are for the dataset “${json.dataset.slice(0, 100)}”, not “${expectedDataset}”.` };

	const parsed = v.safeParse(SlidesFileSchema, json, { abortEarly: false });
	if (!parsed.success) return { ok: false, message: listProblems(parsed.issues.map((issue) => `${issuePath(issue, '(file)')}: ${messageOf(issue)}`)) };
	const slides = parsed.output.slides;
	const problems = duplicateIdProblems(slides);
	if (validateView)
		slides.forEach((slide, index) => {
			const problem = validateView(slide.view);
			if (problem !== null) problems.push(`slides[${index}].view: ${problem}`);
		});
	if (problems.length > 0) return { ok: false, message: listProblems(problems) };
	return { ok: true, slides };
}

export interface StoredSlides {
	slides: Slide[];
	/** Why the stored deck could not be used, or null when it was read (or there was none). */
	message: string | null;
}

/** Reads the deck kept in the browser's storage: the same checks, but a bad deck means an empty one and a message. */
export function parseStoredSlides(text: string | null, dataset: string): StoredSlides {
	if (text === null) return { slides: [], message: null };
	const result = parseSlidesFile(text, dataset);
	if (result.ok) return { slides: result.slides, message: null };
	return { slides: [], message: `The slides saved in this browser could not be read. ${result.message}` };
}
