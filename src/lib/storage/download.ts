/** Saves a blob as a file through a temporary link: the one way the app hands files to the user. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: some browsers only start reading the download after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
