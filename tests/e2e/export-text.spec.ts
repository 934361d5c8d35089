import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { test, expect, type Page } from '@playwright/test';
import { HOSTILE_STRINGS, withoutXmlForbidden } from '../fixtures/hostile-strings';
import { collectConsoleErrors, openApp } from './helpers';
import { serveChangedDataset } from './serve-dataset';

/** Names the dataset validator accepts: visible, on one line, no controls or direction overrides, not too long. */
const NAMES = HOSTILE_STRINGS.map(({ text }) => text.slice(0, 250)).filter(
	(text) => !/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(text) && /[\p{L}\p{N}\p{S}]/u.test(text)
);
/** What a slide title and caption may hold: anything typed or pasted, controls included. */
const SLIDE_TITLE = 'Kabul\fattacks \u0000 NUL \u0007 bell \ud83d lone \u202eRTL\u202c & <b>&nbsp;</b> ]]>';

function withHostileNames(dataset: any) {
	dataset.entities.forEach((entity: { name: string }, position: number) => {
		const name = NAMES[position];
		if (name) entity.name = `${name} ${position}`;
	});
	return dataset;
}

async function download(page: Page, button: string): Promise<Buffer> {
	await page.getByText('Export', { exact: true }).click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return readFileSync((await file.path())!);
}

/** Reads an 8-bit RGBA PNG (what a canvas writes): its size, and how many pixels are dark. */
function decodePng(png: Buffer): { width: number; height: number; darkPixels: number } {
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const chunks: Buffer[] = [];
	for (let offset = 8; offset < png.length; ) {
		const length = png.readUInt32BE(offset);
		if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
		offset += 12 + length;
	}
	const rows = inflateSync(Buffer.concat(chunks));
	expect(rows.length).toBe(height * (1 + width * 4));
	const stride = width * 4;
	let previous = Buffer.alloc(stride);
	let darkPixels = 0;
	for (let row = 0; row < height; row++) {
		const filter = rows[row * (stride + 1)]!;
		const line = Buffer.from(rows.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1)));
		for (let i = 0; i < stride; i++) {
			const left = i >= 4 ? line[i - 4]! : 0;
			const up = previous[i]!;
			const upLeft = i >= 4 ? previous[i - 4]! : 0;
			const predictor =
				filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
			line[i] = (line[i]! + predictor) & 0xff;
		}
		for (let i = 0; i < stride; i += 4) if (line[i + 3]! > 200 && line[i]! + line[i + 1]! + line[i + 2]! < 200) darkPixels++;
		previous = line;
	}
	return { width, height, darkPixels };
}

function paeth(a: number, b: number, c: number): number {
	const p = a + b - c;
	const pa = Math.abs(p - a);
	const pb = Math.abs(p - b);
	const pc = Math.abs(p - c);
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Spaces removed: graph labels wrap at spaces into lines of their own. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

test('names and slide titles with non-breaking spaces, controls and markup export as SVG that parses and PNG that decodes', async ({ page }) => {
	test.setTimeout(90_000);
	const errors = collectConsoleErrors(page);
	await serveChangedDataset(page, withHostileNames);
	await openApp(page);
	await expect(page.locator('.workspace [data-node-id]').first()).toBeVisible();
	await page.getByRole('button', { name: /^Slides \(/ }).click();
	await page.getByRole('button', { name: 'Add this view as a slide' }).click();
	await page.getByRole('textbox', { name: 'Title of slide 1' }).fill(SLIDE_TITLE);
	await page.getByRole('textbox', { name: 'Caption of slide 1' }).fill(`Caption: ${SLIDE_TITLE}\n${NAMES[0]}`);
	await page.getByRole('textbox', { name: 'Caption of slide 1' }).blur();
	const typedTitle = await page.getByRole('textbox', { name: 'Title of slide 1' }).inputValue();
	expect(typedTitle).toContain('\f');
	await page.getByRole('button', { name: 'Open slide 1' }).click();
	await page.getByRole('button', { name: 'Close the slides panel' }).click();

	const svg = (await download(page, 'This view as SVG')).toString('utf8');
	// Parsed in a blank page: in the app's, the picture's <style> would be reported against its Content Security Policy.
	const blank = await page.context().newPage();
	const parsed = await blank.evaluate((text) => {
		const document = new DOMParser().parseFromString(text, 'image/svg+xml');
		const error = document.querySelector('parsererror');
		return { error: error?.textContent ?? null, text: document.documentElement.textContent ?? '', title: document.querySelector('title')?.textContent ?? '' };
	}, svg);
	await blank.close();
	expect(parsed.error).toBeNull();
	expect(svg).not.toContain('&nbsp;');
	expect(parsed.title).toBe(withoutXmlForbidden(typedTitle));
	for (const [position, name] of NAMES.entries())
		expect(squeezed(parsed.text), `name ${position}`).toContain(squeezed(withoutXmlForbidden(`${name} ${position}`)));

	const png = await download(page, 'This view as PNG (2×)');
	await expect(page.getByRole('status').filter({ hasText: 'failed' })).toHaveCount(0);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const decoded = decodePng(png);
	expect([decoded.width, decoded.height]).toEqual([3200, 2000]);
	// Not a blank canvas: the picture has dark text on its white ground.
	expect(decoded.darkPixels).toBeGreaterThan(10_000);
	expect(errors).toEqual([]);
});
