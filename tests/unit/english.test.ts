import { describe, expect, it } from 'vitest';
import { compareText, groupDigits, monthName } from '$lib/model/english';

describe('groupDigits', () => {
	it('writes whole numbers with a comma between each group of three digits, as the en locales do', () => {
		for (const value of [0, 7, 999, 1000, 12_345, 500_000, 1_000_000, 2_000_000_000, -4321])
			expect(groupDigits(value)).toBe(value.toLocaleString('en'));
	});
	it('rounds fractions and passes non-finite values through', () => {
		expect(groupDigits(1234.6)).toBe('1,235');
		expect(groupDigits(Number.NaN)).toBe('NaN');
	});
});

describe('monthName', () => {
	it('names every month as en-GB does in long form, and by its first three letters in short form', () => {
		for (let month = 1; month <= 12; month++) {
			const date = new Date(Date.UTC(2000, month - 1, 1));
			expect(monthName(month)).toBe(date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }));
			expect(monthName(month, 'short')).toBe(monthName(month).slice(0, 3));
		}
		expect(monthName(9, 'short')).toBe('Sep');
	});
	it('refuses a month that does not exist', () => {
		expect(() => monthName(0)).toThrow(RangeError);
		expect(() => monthName(13)).toThrow(RangeError);
	});
});

describe('compareText', () => {
	it('orders names alphabetically with case and accents folded, as a reader expects', () => {
		const names = ['taliban', 'Ālam Khan', 'Haqqani Network', 'al-Qaeda', 'Zia', 'Émile', 'Bakht Gul', 'Alam Khan'];
		expect([...names].sort(compareText)).toEqual(['al-Qaeda', 'Alam Khan', 'Ālam Khan', 'Bakht Gul', 'Émile', 'Haqqani Network', 'taliban', 'Zia']);
	});
	it('gives English names the order the browser’s collator gives them', () => {
		const names = ['Sirajuddin Haqqani', 'Jalaluddin Haqqani', 'Badruddin', 'US Treasury', 'Pakistan', 'North Waziristan', 'Kabul', 'ISI', 'al-Qaeda', 'Khost'];
		expect([...names].sort(compareText)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});
	it('orders ISO timestamps by time, and is 0 only for the same text', () => {
		expect(['2026-12-02T03:00:00Z', '2025-01-31T23:59:59Z', '2026-01-01T00:00:00Z'].sort(compareText)).toEqual([
			'2025-01-31T23:59:59Z',
			'2026-01-01T00:00:00Z',
			'2026-12-02T03:00:00Z'
		]);
		expect(compareText('Kabul', 'Kabul')).toBe(0);
		expect(compareText('Kabul', 'kabul')).not.toBe(0);
		expect(Math.sign(compareText('Kabul', 'kabul'))).toBe(-Math.sign(compareText('kabul', 'Kabul')));
	});
});
