import { describe, expect, it } from 'vitest';
import { nameKey, variantKey } from '../../src/lib/draft/names';
import { actorsOf } from './draft-helpers';

const summary = (text: string) => actorsOf(text).map((actor) => ({ name: actor.name, aliases: actor.aliases, kind: actor.kind, mentions: actor.mentions.length }));

describe('actor merging', () => {
	it('folds spelling variants of one name', () => {
		expect(variantKey("al-Qa'ida")).toBe(variantKey('al-Qaeda'));
		expect(variantKey('al Qa’ida')).toBe(variantKey('Qaida'));
		expect(variantKey('Hizballah')).toBe(variantKey('Hezbollah'));
		expect(nameKey('The Telegraph')).toBe('telegraph');
		expect(variantKey('Taliban')).not.toBe(variantKey('Haqqani'));
	});

	it('merges spelling variants and acronyms into one actor', () => {
		const actors = summary("The Taliban fought with al-Qa'ida fighters. Al-Qaeda militants and the Taliban commanders met. Later al Qa’ida members left.");
		expect(actors.filter((actor) => variantKey(actor.name) === variantKey('al-Qaeda'))).toHaveLength(1);
		expect(actors.find((actor) => actor.name === 'Taliban')?.kind).toBe('armed group');
	});

	it('merges an AKA list and a short form in brackets', () => {
		const actors = summary('Abdul Samad Sani (Sani) was designated. Sani sent weapons to the Taliban fighters.');
		expect(actors.find((actor) => actor.name === 'Abdul Samad Sani')).toMatchObject({ aliases: ['Sani'], mentions: 3 });
	});

	it('reads a bare surname as the last person named with it, before the group', () => {
		const actors = actorsOf('Badruddin Haqqani is a Haqqani Network commander. Haqqani travelled often. The Haqqani insurgents moved.');
		const person = actors.find((actor) => actor.name === 'Badruddin Haqqani')!;
		const network = actors.find((actor) => actor.name === 'Haqqani Network')!;
		expect(person.mentions.map((mention) => mention.text)).toEqual(['Badruddin Haqqani', 'Haqqani']);
		expect(network.mentions.map((mention) => mention.text)).toEqual(['Haqqani Network', 'Haqqani']);
	});

	it('resolves a head word and a nationality prefix to the organisation', () => {
		const actors = summary('The U.S. Department of the Treasury acted. Treasury said so. The Taliban fighters left, and the Afghan Taliban returned.');
		expect(actors.map((actor) => actor.name)).toEqual(['U.S. Department of the Treasury', 'Taliban']);
		expect(actors[1]!.aliases).toContain('Afghan Taliban');
	});

	it('keeps one document for “a … document” and “the document”', () => {
		const actors = actorsOf('A US Treasury Department document has revealed it. According to the document, the Taliban fighters met.');
		expect(actors.filter((actor) => actor.kind === 'document')).toHaveLength(1);
	});

	it('makes no actor from a lone capitalised common word', () => {
		expect(actorsOf('Commission members met. Shura leaders met.').map((actor) => actor.name)).toEqual([]);
	});
});
