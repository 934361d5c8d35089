/** A fetch that serves the given files by path, and answers 404 for any other: static/ as the browser sees it. */
export function servedFiles(files: Record<string, string>): typeof fetch {
	return (async (input: RequestInfo | URL) => {
		const text = files[String(input)];
		return text === undefined ? new Response('missing', { status: 404 }) : new Response(text);
	}) as typeof fetch;
}
