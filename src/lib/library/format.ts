/** Words and numbers for the library's rows. */
import { formatPartialDate } from '$lib/model/describe';
import type { DatasetCounts } from '$lib/storage/types';
import { groupDigits, monthName } from '$lib/model/english';

export function countsLine(counts: DatasetCounts): string {
	const part = (n: number, one: string, many: string) => `${groupDigits(n)} ${n === 1 ? one : many}`;
	return [part(counts.actors, 'actor', 'actors'), part(counts.links, 'link', 'links'), part(counts.places, 'place', 'places'), part(counts.quotes, 'quote', 'quotes')].join(' · ');
}

export function publishedLabel(published: string | null): string {
	return published ? formatPartialDate(published) : 'undated';
}

/** “5 minutes ago”, “yesterday”, or a date: when an own dataset was last changed. */
export function editedLabel(updatedAt: string | null, now: Date = new Date()): string {
	if (!updatedAt) return '';
	const then = new Date(updatedAt);
	if (Number.isNaN(then.getTime())) return '';
	const minutes = Math.round((now.getTime() - then.getTime()) / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
	return `${then.getDate()} ${monthName(then.getMonth() + 1)} ${then.getFullYear()}`;
}
