import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/lib/draft/dates';
import { fitsKinds, stanceOf } from '../../src/lib/draft/links';
import { findLink, linksOf } from './draft-helpers';

describe('trigger words give the type and direction', () => {
	it.each([
		['Bakht Gul is being designated for acting for or on behalf of Badruddin Haqqani.', 'Bakht Gul', 'Badruddin Haqqani', 'affiliation'],
		['Faqir Muhammad has been a major fundraiser for the Haqqani Network.', 'Faqir Muhammad', 'Haqqani Network', 'funding'],
		['In 2002, Usama Bin Laden provided Abdul Bari $500,000.', 'Usama Bin Laden', 'Abdul Bari', 'funding'],
		['Abdul Bari used money exchange businesses to funnel financial support to the Taliban fighters.', 'Abdul Bari', 'Taliban', 'funding'],
		['Founded by Jalaluddin Haqqani, the Haqqani Network has grown.', 'Jalaluddin Haqqani', 'Haqqani Network', 'founding'],
		['Abdul Baseer was the financial advisor to the Taliban Peshawar Military Council.', 'Abdul Baseer', 'Taliban Peshawar Military Council', 'advice and guidance'],
		['The Haqqani Network was given a safe haven by the Pakistani military, which protected the Haqqani Network.', 'Pakistani military', 'Haqqani Network', 'protection'],
		['Gula Khan Hamidi coordinated with senior Haqqani Network official and SDGT Nasiruddin Haqqani.', 'Gula Khan Hamidi', 'Nasiruddin Haqqani', 'cooperation'],
		['Malik Noorzai is the brother of Faizullah Noorzai.', 'Malik Noorzai', 'Faizullah Noorzai', 'family tie'],
		['Last year, eight members of the Islamic State were arrested by Afghan security forces.', 'Afghan security forces', 'Islamic State', 'arrest'],
		['In May 2011, Badruddin Haqqani was designated by the U.S. Department of State.', 'U.S. Department of State', 'Badruddin Haqqani', 'sanction'],
		['Mullah Omar directed Abdul Bari in 2001 to allocate money.', 'Abdul Bari', 'Omar', 'affiliation']
	])('%s', (text, from, to, type) => {
		const links = linksOf(text);
		expect(findLink(links, from, to, type), JSON.stringify(links.map((link) => [link.from, link.to, link.type]))).toBeDefined();
	});

	it('reads noun phrases: a group, a role, a person; a possessive between bodies; -affiliated', () => {
		const links = linksOf("Bakht Gul, a Haqqani Network communications official, met al-Qa'ida senior leader Usama Bin Laden. The U.S. Department of the Treasury’s Office of Foreign Assets Control acted. The Taliban-affiliated Haqqani Network grew.");
		expect(findLink(links, 'Bakht Gul', 'Haqqani Network', 'affiliation')).toBeDefined();
		expect(findLink(links, 'Usama Bin Laden', "al-Qa'ida", 'affiliation')).toBeDefined();
		expect(findLink(links, 'Office of Foreign Assets Control', 'U.S. Department of the Treasury', 'affiliation')).toBeDefined();
		expect(findLink(links, 'Haqqani Network', 'Taliban', 'affiliation')).toBeDefined();
	});

	it('gives a passive designation with no agent to the article’s designating authority, dated today', () => {
		const links = linksOf('The Office of Foreign Assets Control (OFAC) today designated two individuals. Bakht Gul is being designated for acting for the Taliban fighters.', '2012-05-17');
		expect(findLink(links, 'Office of Foreign Assets Control', 'Bakht Gul', 'sanction')).toBeDefined();
	});

	it('keeps a negated verb, a place and a speaker out of links', () => {
		expect(linksOf('Bari kept the money so that the accounts would not be frozen by the Afghan Government.').filter((link) => link.type === 'sanction')).toEqual([]);
		expect(linksOf('Hamidi smuggled fighters of the Taliban to Turkey.').some((link) => link.to === 'Turkey')).toBe(false);
		expect(linksOf('“They fund the Taliban fighters,” said Sigal Mandelker.').some((link) => link.to === 'Sigal Mandelker')).toBe(false);
	});

	it('allows only types that fit the actors’ kinds', () => {
		expect(fitsKinds('sanction', 'media outlet', 'person')).toBe(false);
		expect(fitsKinds('sanction', 'government body', 'person')).toBe(true);
		expect(fitsKinds('family tie', 'country', 'person')).toBe(false);
	});
});

describe('stance, asserter and date', () => {
	const stance = (text: string) => stanceOf(text, { start: 0, end: text.length }, { start: 0, end: text.length }).stance;

	it.each([
		['Omar reportedly had a share in both companies.', 'claimed'],
		['Recipients of the money allegedly launched businesses.', 'claimed'],
		['Hamidi likely facilitated the transfer of funds.', 'believed'],
		['The network is believed to have the backing of elements.', 'believed'],
		['Senior figures have discussed forming a new joint unit.', 'proposed'],
		['Hamidi planned to send funds to the group.', 'proposed'],
		['Honestly I don’t see any cooperation between them.', 'denied'],
		['Denying these claims, a source said so.', 'denied'],
		['According to the document, al-Qaeda maintains close contacts.', 'asserted'],
		['According to Pakistani media reporting, SIG froze accounts.', 'claimed'],
		['Gul distributed money to sub-commanders.', 'asserted']
	])('%s → %s', (text, expected) => {
		expect(stance(text)).toBe(expected);
	});

	it('never drafts a hedged clause as asserted, and names who asserts it', () => {
		const links = linksOf('A US Treasury Department document was seen. According to the document, al-Qaeda maintains close contacts with the Taliban fighters. Al-Qaeda militants agreed. Pakistani newspaper Dawn reported that Abdul Bari was wanted by Interpol.');
		const contact = links.find((link) => link.from.toLowerCase() === 'al-qaeda' && link.to === 'Taliban')!;
		expect(contact).toMatchObject({ stance: 'asserted', by: 'US Treasury Department document' });
		expect(findLink(links, 'Interpol', 'Abdul Bari', 'sanction')).toMatchObject({ stance: 'claimed', by: 'Dawn' });
	});

	it('reads dates in one documented way', () => {
		expect(readDate('in May 2011 under', null)).toEqual({ date: '2011-05' });
		expect(readDate('The document dated January 4, 2021,', null)).toEqual({ date: '2021-01-04' });
		expect(readDate('DOB: 1 January 1953', null)).toEqual({ date: '1953-01-01' });
		expect(readDate('in late 2009', null)).toEqual({ date: '2009' });
		expect(readDate('designated today', '2012-05-17')).toEqual({ date: '2012-05-17', note: '“today”: the publication date' });
		expect(readDate('Last year, the group', '2021-03-01')?.date).toBe('2020');
		expect(readDate('$2,000 and 13224', null)).toBeNull();
	});
});
