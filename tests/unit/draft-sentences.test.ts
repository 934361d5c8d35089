import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/draft/sentences';

const texts = (text: string) => splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end));
const clauses = (text: string) => splitSentences(text).flatMap((sentence) => sentence.clauses.map((clause) => text.slice(clause.start, clause.end)));

describe('sentence splitting', () => {
	it('does not end a sentence at an abbreviation or an initial', () => {
		expect(texts('The U.S. Department of State listed him under E.O. 13224 in 2011. Andrea M. Gacki said so.')).toEqual([
			'The U.S. Department of State listed him under E.O. 13224 in 2011.',
			'Andrea M. Gacki said so.'
		]);
	});

	it('ends at a line break and keeps closing quotes with their sentence', () => {
		expect(texts('“We are targeting them,” said X. He left.\nA heading\n\nNext one.')).toEqual(['“We are targeting them,” said X.', 'He left.', 'A heading', 'Next one.']);
	});

	it('marks headings and headlines', () => {
		const [heading, body] = splitSentences('Abdul Samad Sani\n\nSani was designated for acting for the Taliban.');
		expect(heading!.heading).toBe(true);
		expect(body!.heading).toBe(false);
		expect(splitSentences('Treasury Imposes Sanctions on Individuals Linked to the Taliban')[0]!.titleCase).toBe(true);
		expect(splitSentences('The United States listed the Taliban as a Specially Designated Global Terrorist entity in July 2002.')[0]!.titleCase).toBe(false);
	});

	it('sets a headline run into the first paragraph apart at its dateline', () => {
		const text = 'Treasury Sanctions Prominent Financiers WASHINGTON – Continuing its efforts, the Treasury acted.';
		const [headline, body] = splitSentences(text);
		expect(headline!.titleCase).toBe(true);
		expect(text.slice(body!.start, body!.end)).toBe('Continuing its efforts, the Treasury acted.');
	});
});

describe('clause splitting', () => {
	it('splits where a second statement with its own verb begins', () => {
		expect(clauses('Bakht Gul is being designated for acting for Badruddin Haqqani and Abdul Baqi Bari is being designated for funding the Taliban.')).toEqual([
			'Bakht Gul is being designated for acting for Badruddin Haqqani',
			'and Abdul Baqi Bari is being designated for funding the Taliban.'
		]);
	});

	it('keeps a list of objects in one clause', () => {
		expect(clauses('Al-Qaeda maintains close contacts with the Taliban, providing advice, guidance, and financial support.')).toHaveLength(1);
	});

	it('splits at semicolons and at relative clauses after a comma', () => {
		expect(clauses('He funds the group; he also trains it.')).toHaveLength(2);
		expect(clauses('The Haqqani network, which is believed to have backing, maintains a safe haven.')).toHaveLength(2);
	});
});
