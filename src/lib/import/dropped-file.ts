/** What a drag carries, read for the import screen: files only, one at a time. */

/** True when the drag carries files (not text or a link dragged from the page). */
export function carriesFiles(event: DragEvent): boolean {
	return event.dataTransfer?.types.includes('Files') ?? false;
}

/** The one file dropped, or why the drop cannot be imported. */
export function droppedFile(files: ArrayLike<File> | null | undefined): { file: File } | { problem: string } | null {
	if (!files || files.length === 0) return null;
	if (files.length > 1) return { problem: `${files.length} files were dropped; drop one article at a time. Nothing was changed.` };
	return { file: files[0]! };
}
