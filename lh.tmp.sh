#!/bin/bash
# lh.tmp.sh URL name
CHROME_PATH=/usr/bin/chromium node_modules/.bin/lighthouse "$1" --preset=desktop --only-categories=performance --output=json --output-path=/tmp/lh-$2.json --quiet --chrome-flags="--headless=new --no-sandbox --disable-gpu" 2>/dev/null
node -e "const r=require('/tmp/lh-$2.json'); const a=r.audits; console.log('$2', Math.round(r.categories.performance.score*100), 'FCP', a['first-contentful-paint'].displayValue, 'LCP', a['largest-contentful-paint'].displayValue, 'TBT', a['total-blocking-time'].displayValue, 'CLS', a['cumulative-layout-shift'].displayValue, 'TTI', a['interactive'].displayValue)"
