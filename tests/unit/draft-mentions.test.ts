import { describe, expect, it } from 'vitest';
import { listedName } from '../../src/lib/draft/mentions';
import { mentionsOf } from './draft-helpers';

const names = (text: string) => mentionsOf(text).mentions.map((mention) => mention.text);

describe('mentions', () => {
	it('finds no actor in datelines, legal instruments, list names or identifying labels', () => {
		const found = names(
			'WASHINGTON – The Office of Foreign Assets Control (OFAC) designated him pursuant to Executive Order (E.O.) 13224 as a Specially Designated Global Terrorist (SDGT) on the Consolidated List.'
		);
		expect(found).toContain('Office of Foreign Assets Control');
		for (const never of ['WASHINGTON', 'Executive Order', 'E.O.', 'SDGT', 'Specially Designated Global Terrorist', 'Consolidated List']) expect(found).not.toContain(never);
	});

	it('keeps titles out of names and splits an office from its holder', () => {
		expect(names('Later, Mullah Omar spoke with Saudi Finance Minister Ibrahim Abdulaziz Al Assaf.')).toEqual(['Omar', 'Ibrahim Abdulaziz Al Assaf']);
		expect(names('Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson spoke.')).toEqual(['Treasury', 'Brian Nelson']);
	});

	it('gives acronyms in brackets as aliases, widening or cutting the name before them', () => {
		const [isil] = mentionsOf('They fight the Islamic State of Iraq and the Levant (ISIL) there.').mentions;
		expect(isil).toMatchObject({ text: 'Islamic State of Iraq and the Levant', aliases: ['ISIL'] });
		expect(names("Pakistan's Federal Investigation Agency Special Investigation Group (SIG) froze accounts.")).toEqual(
			expect.arrayContaining(['Federal Investigation Agency', 'Special Investigation Group'])
		);
		expect(mentionsOf('He joined Jaish-e Mohammed (JEM) in 2001.').mentions[0]).toMatchObject({ text: 'Jaish-e Mohammed', aliases: ['JEM'] });
		expect(names('He built improvised explosive devices (IEDs). The IEDs exploded.')).toEqual([]);
	});

	it('reads identifying-information blocks: Name, AKA list, places of birth', () => {
		const { mentions, places } = mentionsOf('Identifying Information:\n\nName: Bakht Gul AKA: Bakhta Gul AKA: Shuqib POB: Aki Village, Zadran District, Paktiya Province, Afghanistan DOB: 1980');
		expect(mentions).toHaveLength(1);
		expect(mentions[0]).toMatchObject({ text: 'Bakht Gul', kind: 'person', aliases: ['Bakhta Gul', 'Shuqib'] });
		expect(places.map((place) => place.text)).toEqual(['Aki', 'Zadran', 'Paktiya', 'Afghanistan']);
	});

	it('reads sanctions-list names written SURNAME, Given', () => {
		expect(listedName('NOORZAI, Hajji Faizullah Khan')).toBe('Faizullah Khan Noorzai');
		expect(listedName('Haji Abdul Bari')).toBe('Abdul Bari');
	});

	it('sets places apart from actors, and countries as both', () => {
		const { mentions, places } = mentionsOf('He moved money from Miram Shah in North Waziristan to Helmand Province and Pakistan.');
		expect(places.map((place) => place.text)).toEqual(['Miram Shah', 'North Waziristan', 'Helmand Province']);
		expect(mentions.map((mention) => [mention.text, mention.kind])).toEqual([['Pakistan', 'country']]);
	});

	it('finds groups named by a nationality, unnamed sources and documents', () => {
		expect(names('Pakistani authorities froze the funds.')).toEqual(['Pakistani authorities']);
		expect(names('Denying these claims, a Taliban source has told reporters so.')).toContain('Taliban source');
		expect(mentionsOf('A US Treasury Department document has revealed it.').mentions.map((mention) => [mention.text, mention.kind])).toContainEqual([
			'US Treasury Department document',
			'document'
		]);
	});

	it('never takes the nationality adjective "U.S." for an actor', () => {
		expect(names('All U.S. persons are prohibited from dealing with him.')).toEqual([]);
	});
});
