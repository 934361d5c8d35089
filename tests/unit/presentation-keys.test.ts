import { describe, expect, it } from 'vitest';
import { clampPosition, commandFor } from '../../src/lib/briefing/presentation-keys';

describe('presentation keys', () => {
	it('moves forward and back with the keys clickers send', () => {
		for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowDown']) expect(commandFor(key, '')).toEqual({ kind: 'next' });
		for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(commandFor(key, '')).toEqual({ kind: 'previous' });
		expect(commandFor('Home', '')).toEqual({ kind: 'first' });
		expect(commandFor('End', '')).toEqual({ kind: 'last' });
		expect(commandFor('Escape', '')).toEqual({ kind: 'exit' });
	});

	it('opens a slide by number: digits, then Enter', () => {
		expect(commandFor('3', '')).toEqual({ kind: 'digit', digit: '3' });
		expect(commandFor('Enter', '12')).toEqual({ kind: 'goto', position: 11 });
		expect(commandFor('Enter', '')).toEqual({ kind: 'next' });
		expect(commandFor('x', '')).toBeNull();
	});

	it('keeps positions inside the deck', () => {
		expect(clampPosition(-1, 3)).toBe(0);
		expect(clampPosition(7, 3)).toBe(2);
		expect(clampPosition(1, 3)).toBe(1);
	});
});
