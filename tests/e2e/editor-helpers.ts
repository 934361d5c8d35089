import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The article being annotated, as the editor draws it. */
export const articleText = (page: Page) => page.getByRole('textbox', { name: 'Article text' });

/**
 * Selects a phrase of the article the way a person does: presses the mouse before its
 * first letter and releases it after its last (the n-th occurrence, counted from 0).
 */
export async function selectPhrase(page: Page, phrase: string, occurrence = 0): Promise<void> {
	const box = await articleText(page).evaluate(
		(container, [wanted, nth]) => {
			const runs = [...container.querySelectorAll<HTMLElement>('[data-start]')];
			// The article text as drawn, with each character's run and offset in it.
			let text = '';
			const where: { node: Text; offset: number }[] = [];
			for (const run of runs) {
				const node = run.firstChild as Text | null;
				if (!node) continue;
				const start = Number(run.dataset.start);
				while (text.length < start) {
					text += '\n';
					where.push({ node, offset: 0 });
				}
				for (let i = 0; i < node.data.length; i++) where.push({ node, offset: i });
				text += node.data;
			}
			let at = -1;
			for (let n = 0; n <= (nth as number); n++) at = text.indexOf(wanted as string, at + 1);
			if (at < 0) throw new Error(`“${wanted}” is not in the article`);
			const first = where[at]!;
			const last = where[at + (wanted as string).length - 1]!;
			const range = document.createRange();
			range.setStart(first.node, first.offset);
			range.setEnd(first.node, first.offset + 1);
			// Bring the phrase itself into view (a paragraph can be taller than the pane).
			const scroller = container.parentElement!;
			const before = range.getClientRects()[0]!;
			const pane = scroller.getBoundingClientRect();
			if (before.top < pane.top + 20 || before.bottom > pane.bottom - 20) scroller.scrollTop += before.top - (pane.top + pane.height / 3);
			const shown = range.getClientRects()[0]!;
			if (shown.top < 0 || shown.bottom > window.innerHeight) window.scrollBy(0, shown.top - window.innerHeight / 3);
			const a = range.getClientRects()[0]!;
			range.setStart(last.node, last.offset);
			range.setEnd(last.node, last.offset + 1);
			const rects = range.getClientRects();
			const b = rects[rects.length - 1]!;
			return { x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right - 1, y1: b.top + b.height / 2 };
		},
		[phrase, occurrence] as const
	);
	await page.mouse.move(box.x0, box.y0);
	await page.mouse.down();
	await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
	await page.mouse.move(box.x1, box.y1, { steps: 4 });
	await page.mouse.up();
	await expect(page.getByRole('region', { name: 'Selection' })).toContainText(`“${phrase.length > 140 ? phrase.slice(0, 60) : phrase}`);
}

export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}
