import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** As close as the map zooms (MAX_ZOOM 12; a link asking for more is refused, and its map was not zoomed at all). */
const KABUL_ZOOMED = '/?place=kabul&mapzoom=12,69.172,34.528';

async function exportSvg(page: Page): Promise<string> {
	await page.getByText('Export', { exact: true }).click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'This view as SVG' }).click()]);
	return readFileSync((await file.path())!, 'utf8');
}

/** Puts an exported picture into the page at its own size, so the browser lays it out as a viewer would. */
async function showPicture(page: Page, svg: string): Promise<void> {
	await page.evaluate((text) => {
		const holder = document.createElement('div');
		holder.id = 'exported';
		holder.style.cssText = 'position:absolute;left:0;top:0;width:1600px;height:1000px;z-index:1000;background:#fff';
		holder.append(document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true));
		document.body.append(holder);
	}, svg);
}

/** The widest line a map draws, in screen pixels: non-scaling strokes keep their width, others grow with the zoom. */
function widestMapLine(page: Page, selector: string): Promise<number> {
	return page.evaluate((selector) => {
		let widest = 0;
		for (const path of document.querySelectorAll<SVGGraphicsElement>(`${selector} path`)) {
			const style = getComputedStyle(path);
			if (style.stroke === 'none' || style.display === 'none') continue;
			const width = parseFloat(style.strokeWidth) || 0;
			const scale = style.getPropertyValue('vector-effect') === 'non-scaling-stroke' ? 1 : Math.abs(path.getScreenCTM()?.a ?? 1);
			widest = Math.max(widest, width * scale);
		}
		return widest;
	}, selector);
}

test('a zoomed map exports with lines as thin as on screen', async ({ page }) => {
	await openApp(page, KABUL_ZOOMED);
	await expect(page.locator('.workspace .place-map[data-map-status="ready"]')).toBeVisible();
	const onScreen = await widestMapLine(page, '.workspace svg[aria-label^="Map"]');
	await showPicture(page, await exportSvg(page));
	// The map is the exported picture's second drawing, after the graph.
	const exported = await widestMapLine(page, '#exported > svg > svg:nth-of-type(2)');
	expect(onScreen).toBeGreaterThan(0);
	expect(exported).toBeLessThan(Math.max(4, onScreen * 1.5));
});

test('the legend lists only what the picture shows', async ({ page }) => {
	await openApp(page, '/?types=attack');
	const svg = await exportSvg(page);
	const legend = await page.evaluate((text) => {
		const document = new DOMParser().parseFromString(text, 'image/svg+xml');
		return Array.from(document.querySelectorAll('text.legend'), (node) => node.textContent);
	}, svg);
	// The attack relations are asserted or claimed: one type, two stances.
	expect(legend).toEqual(['attack', 'asserted', 'claimed']);
});

for (const size of [
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
])
	test(`at ${size.width}×${size.height} the graph fills its frame and a long caption is given all its lines`, async ({ page }) => {
		await page.setViewportSize(size);
		const caption = 'Senior Haqqani Network figures discussed forming a new joint unit with al-Qaeda, the US Treasury document says, while a Taliban source denies any cooperation on the ground. '.repeat(2).trim();
		await openApp(page, '/?actor=haqqani-network');
		await page.getByRole('button', { name: /^Slides \(/ }).click();
		await page.getByRole('button', { name: 'Add this view as a slide' }).click();
		await page.getByRole('textbox', { name: 'Caption of slide 1' }).fill(caption);
		await page.getByRole('textbox', { name: 'Caption of slide 1' }).blur();
		await page.getByRole('button', { name: 'Open slide 1' }).click();
		await page.getByRole('button', { name: 'Close the slides panel' }).click();
		const svg = await exportSvg(page);
		await showPicture(page, svg);
		const fill = await page.evaluate(() => {
			const frame = document.querySelector('#exported > svg > svg')!;
			const box = frame.getBoundingClientRect();
			let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
			for (const mark of frame.querySelectorAll('path, text, circle, line')) {
				const rect = mark.getBoundingClientRect();
				if (rect.width === 0 && rect.height === 0) continue;
				left = Math.min(left, rect.left);
				top = Math.min(top, rect.top);
				right = Math.max(right, rect.right);
				bottom = Math.max(bottom, rect.bottom);
			}
			return Math.max((right - left) / box.width, (bottom - top) / box.height);
		});
		// The share depends on the shape of the graph's area on screen: at 1280×800 it was just above 0.85 until the
		// legend's rows grew to 24 px targets (WCAG 2.2), and is 0.848 since; the picture was checked by eye at both sizes.
		expect(fill).toBeGreaterThan(0.84);
		const shown = await page.evaluate(() => Array.from(document.querySelectorAll('#exported text.caption'), (node) => node.textContent).join(' '));
		expect(shown).toBe(caption);
		await page.screenshot({ path: test.info().outputPath(`export-${size.width}.png`), clip: { x: 0, y: 0, width: 1600, height: 1000 } });
	});

test('the handout prints each slide with its map, labels of at least 8 pt, and each label once in the PDF text', async ({ page }) => {
	const slides: [string, string][] = [
		['/?link=source-denies-taliban-al-qaeda-cooperation', 'A Taliban source denies any cooperation.'],
		[`${KABUL_ZOOMED}&types=attack`, 'The Kabul attacks.']
	];
	for (const [link, caption] of slides) {
		await openApp(page, link);
		const toggle = page.getByRole('button', { name: /^Slides \(/ });
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		await page.getByRole('button', { name: 'Add this view as a slide' }).click();
		const count = await page.locator('[data-slide-id]').count();
		await page.getByRole('textbox', { name: `Caption of slide ${count}` }).fill(caption);
		await page.getByRole('textbox', { name: `Caption of slide ${count}` }).blur();
	}
	await page.emulateMedia({ media: 'print' });
	const sections = page.getByTestId('handout').locator('section');
	await expect(sections).toHaveCount(2);
	for (const position of [0, 1]) await expect(sections.nth(position).locator('svg[aria-label^="Map"]')).toBeVisible();
	// The Kabul slide's map is zoomed in as on the slide.
	await expect(sections.nth(1).locator('[data-place-id="kabul"]')).toBeVisible();
	const smallest = await page.evaluate(() =>
		Math.min(
			...Array.from(document.querySelectorAll<SVGTextElement>('[data-testid="handout"] .picture text.label'), (label) => {
				return parseFloat(getComputedStyle(label).fontSize) * Math.abs(label.getScreenCTM()!.a) * 0.75;
			})
		)
	);
	expect(smallest).toBeGreaterThanOrEqual(8);
	const strokes = await page.locator('[data-testid="handout"] .picture text.label').evaluateAll((labels) => labels.map((label) => getComputedStyle(label).stroke));
	expect(strokes.every((stroke) => stroke === 'none')).toBe(true);

	const pdf = await page.pdf({ format: 'A4' });
	const folder = mkdtempSync(path.join(tmpdir(), 'threadboard-handout-'));
	const file = path.join(folder, 'handout.pdf');
	writeFileSync(file, pdf);
	await test.info().attach('handout.pdf', { path: file, contentType: 'application/pdf' });
	// Where poppler's pdftotext is installed, read the PDF's own text layer.
	if (existsSync('/usr/bin/pdftotext')) {
		const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		expect(text).toContain('Taliban');
		expect(text).not.toMatch(/Taliban\s+Taliban/);
		expect(text).not.toMatch(/Haqqani Network\s+Haqqani Network/);
	}
});

/** The three slides of a real briefing: the joint unit, the denial, the Kabul attacks on a zoomed map. */
const PRINTED = [
	{ id: 'p1', title: 'The joint unit', caption: 'The joint unit, as the US document tells it.', view: '?actor=haqqani-network&types=joint-operation,funding', quote: 'The Taliban-affiliated Haqqani Network discussed' },
	{ id: 'p2', title: 'The denial', caption: 'A Taliban source denies any cooperation with al-Qaeda.', view: '?link=source-denies-taliban-al-qaeda-cooperation', quote: 'Denying these claims' },
	{ id: 'p3', title: 'Attacks in Kabul', caption: 'The attacks in Kabul.', view: '?place=kabul&types=attack&mapzoom=12,69.17,34.53', quote: null }
];

for (const [width, height] of [
	[1280, 800],
	[1920, 1080],
	[390, 844]
] as const) {
	test(`a real print (page.pdf, no print emulation first) at ${width}×${height} draws each slide’s map on the page of its graph and quotes`, async ({ page }) => {
		test.skip(!existsSync('/usr/bin/pdftotext'), 'reads the PDF with poppler’s pdftotext');
		await page.setViewportSize({ width, height });
		await openApp(page);
		await page.getByRole('button', { name: /^Slides/ }).click();
		const deck = path.join(mkdtempSync(path.join(tmpdir(), 'threadboard-')), 'deck.json');
		writeFileSync(deck, JSON.stringify({ format: 'threadboard-slides', version: 1, dataset: 'haqqani-al-qaeda-joint-unit', slides: PRINTED.map(({ quote: _, ...slide }) => slide) }));
		await page.locator('input[type="file"]').setInputFiles(deck);
		await expect(page.locator('[data-slide-id]')).toHaveCount(PRINTED.length);
		// The briefer looks at the screen's map, then prints: Chromium lays out the page the moment printing starts.
		await expect(page.locator('.workspace [data-map-status="ready"]')).toBeAttached();
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'threadboard-print-')), 'handout.pdf');
		writeFileSync(file, await page.pdf({ format: 'A4' }));
		await test.info().attach('handout.pdf', { path: file, contentType: 'application/pdf' });

		const pages = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
		expect(pages.join('')).not.toContain('Loading the map');
		for (const [position, slide] of PRINTED.entries()) {
			const at = pages.findIndex((text) => new RegExp(`${position + 1}\\s+${slide.title}`).test(text));
			expect(at, `slide ${position + 1} is printed`).toBeGreaterThanOrEqual(0);
			const text = pages[at]!;
			// Its graph (a label), its map (a place on it, and the credit under it) and its first quote, on that one page.
			expect(text).toContain('Haqqani Network');
			expect(text, 'the map’s scale bar').toMatch(/\b\d[\d,]* km\b/);
			expect(text).toContain('Boundaries © OpenStreetMap');
			if (slide.quote) expect(text.replace(/\s+/g, ' ')).toContain(slide.quote);
		}
	});
}

for (const [width, height] of [
	[1280, 800],
	[1920, 1080],
	[390, 844]
] as const) {
	test(`at ${width}×${height} a zoomed map exports zoomed: the picture’s map has the screen’s scale, and the PNG is drawn from it`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		const scaleOf = (root: string) => page.locator(`${root} .scale-bar text`).first().textContent();
		await openApp(page);
		await expect(page.locator('.workspace .place-map[data-map-status="ready"]')).toBeAttached();
		const whole = await scaleOf('.workspace');
		await openApp(page, KABUL_ZOOMED);
		await expect(page.locator('.workspace .place-map[data-map-status="ready"]')).toBeAttached();
		// The map settles on the link's zoom.
		await expect.poll(() => scaleOf('.workspace')).not.toBe(whole);
		const zoomed = await scaleOf('.workspace');
		await showPicture(page, await exportSvg(page));
		// The snapshot keeps the drawing, not the classes: the scale bar is one of the map's texts.
		expect(await page.locator('#exported > svg > svg:nth-of-type(2) text').allTextContents()).toContain(zoomed);

		await page.evaluate(() => document.getElementById('exported')?.remove());
		await page.getByText('Export', { exact: true }).click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'This view as PNG (2×)' }).click()]);
		const png = readFileSync((await download.path())!);
		// Drawn at its full size: the zoomed map is in it, not a blank or a default view of it.
		expect(png.readUInt32BE(16)).toBe(3200);
		expect(png.length).toBeGreaterThan(100_000);
	});
}
