import { describe, expect, it } from 'vitest';
import { groupDigits, monthName } from '$lib/model/numbers';

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
