// adapter-static: every page is rendered to a file at build time.
export const prerender = true;
// `/view/` is written as view/index.html, which every static host serves for `/view/?dataset=…`.
export const trailingSlash = 'always';
