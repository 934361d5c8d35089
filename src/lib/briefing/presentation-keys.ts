/**
 * What each key does in presentation mode. Clickers send Page Up/Down (and
 * sometimes arrows or B for blank); a typed number then Enter opens that slide.
 */
export type PresentationCommand =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'exit' }
	| { kind: 'goto'; position: number }
	| { kind: 'digit'; digit: string }
	| null;

export function commandFor(key: string, typedNumber: string): PresentationCommand {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
		case 'n':
			return { kind: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
		case 'p':
			return { kind: 'previous' };
		case 'Home':
			return { kind: 'first' };
		case 'End':
			return { kind: 'last' };
		case 'Escape':
			return { kind: 'exit' };
		case 'Enter':
			return typedNumber ? { kind: 'goto', position: Number(typedNumber) - 1 } : { kind: 'next' };
		default:
			return /^[0-9]$/.test(key) ? { kind: 'digit', digit: key } : null;
	}
}

/** Keeps a slide position inside the deck. */
export function clampPosition(position: number, count: number): number {
	return Math.max(0, Math.min(count - 1, position));
}
