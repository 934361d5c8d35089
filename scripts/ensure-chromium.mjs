// Browser tests drive Debian's Chromium. Install it when we can (root with apt-get),
// otherwise say exactly what is missing rather than fail obscurely inside Playwright.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
	console.log(`Chromium is not at ${path}; installing Debian's chromium package (about 30 s)…`);
	try {
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
	} catch {
		// Fall through to the message below.
	}
	if (existsSync(path)) process.exit(0);
}
console.error(
	[
		`The browser tests need Chromium at ${path}, and it is not there.`,
		'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
		'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
	].join('\n')
);
process.exit(1);
