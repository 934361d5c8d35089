import { describe, expect, it } from 'vitest';
import { furnitureReason, markFurniture, splitLeadingNotice } from '../../src/lib/import/furniture';

describe('furnitureReason: general patterns of page furniture', () => {
	const cases: Array<[string, string]> = [
		['###', 'Separator or end mark'],
		['* * *', 'Separator or end mark'],
		['-30-', 'Separator or end mark'],
		['(Archived Content)', 'Archive notice'],
		['This page has been archived and is no longer updated.', 'Archive notice'],
		['By Jane Doe', 'Byline'],
		['By Jane Doe and Ahmad Zia Khan | The Daily Example', 'Byline'],
		['BY Omar al Rashid, Staff Writer', 'Byline'],
		['Reporting by Sam Lee; Editing by Kim Park', 'Byline'],
		['Photo: A market in Kabul / Reuters', 'Photo credit or caption'],
		['Image credit: Wikimedia Commons', 'Photo credit or caption'],
		['Soldiers at a checkpoint. (AFP)', 'Photo credit or caption'],
		['File photo via Getty Images', 'Photo credit or caption'],
		['Follow us on X and Facebook', 'Share or follow prompt'],
		['Follow The Example Times on Google News', 'Share or follow prompt'],
		['Share: Facebook | Twitter | Email', 'Share or follow prompt'],
		['Join our WhatsApp channel', 'Share or follow prompt'],
		['Sign up for our daily newsletter', 'Newsletter prompt'],
		['Subscribe to get the briefing in your inbox every morning.', 'Newsletter prompt'],
		['Also Read: Talks resume in Doha', 'Related-article link'],
		['Read more: Why the deal matters', 'Related-article link'],
		['You may also like', 'Related-article link'],
		['For the full list of names, click here.', 'Link prompt'],
		['Continue reading the main story', 'Link prompt'],
		['Advertisement', 'Advertisement'],
		['Story continues below advertisement', 'Advertisement'],
		['Tags: Afghanistan, Pakistan, Sanctions', 'Tags or topics'],
		['Updated: 4 March 2021, 10:32 IST', 'Date or reading-time line'],
		['Published on Monday 4 March 2021', 'Date or reading-time line'],
		['5 min read', 'Date or reading-time line'],
		['© 2023 Example Media. All rights reserved.', 'Copyright notice'],
		['12 Comments', 'Comments prompt'],
		['Leave a comment', 'Comments prompt']
	];
	it.each(cases)('“%s” is %s', (text, reason) => {
		expect(furnitureReason(text)).toBe(reason);
	});

	const articleText = [
		'By designating these individuals, Treasury is exposing their networks.',
		'By Monday, the group had moved its fighters across the border.',
		'Updated sanctions lists will be released in 2022.',
		'The ministry said it would follow the court’s ruling on Facebook posts by officials, which it called a matter for parliament.',
		'“We will not share our plans,” he said.',
		'X',
		'The Haqqani Network',
		'WASHINGTON – The U.S. Department of the Treasury designated two individuals.',
		'Related parties were also named in the order, including three companies.',
		'Photographs of the meeting were never released, according to officials.'
	];
	it.each(articleText)('“%s” is article text', (text) => {
		expect(furnitureReason(text)).toBeNull();
	});

	it('never marks a long paragraph, whatever it mentions', () => {
		const long = 'Follow us on Twitter. ' + 'The council met again and discussed the budget at length. '.repeat(8);
		expect(furnitureReason(long)).toBeNull();
	});
});

describe('markFurniture', () => {
	it('marks the headlines that follow a bare “Related” label, until prose resumes', () => {
		const marked = markFurniture(
			['Related articles', 'Talks Resume in Doha', 'Why the Border Matters', 'The council met on Tuesday and approved the plan.'].map((text) => ({ text, keep: true }))
		);
		expect(marked.map((block) => block.reason ?? null)).toEqual(['Related-article link', 'Related-article headline', 'Related-article headline', null]);
	});

	it('leaves blocks that already carry a reason as they are', () => {
		expect(markFurniture([{ text: 'By Jane Doe', keep: true, reason: 'Headline' }])).toEqual([{ text: 'By Jane Doe', keep: true, reason: 'Headline' }]);
	});

	it('splits an archive notice from the paragraph it opens', () => {
		expect(splitLeadingNotice('(Archived Content) WASHINGTON – Today')).toEqual(['(Archived Content)', 'WASHINGTON – Today']);
		expect(splitLeadingNotice('(Archived Content)')).toBeNull();
	});
});
