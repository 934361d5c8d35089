// adapter-static: every page is rendered to a file at build time.
export const prerender = true;
