#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to find. Exits non-zero on
# the first failure; the last line is vitest's "N passed" summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint . --max-warnings 0
echo "== format"; npx prettier --check . >/dev/null || { npx prettier --check . | tail -20; exit 1; }
echo "== bundled data"; npx tsx src/cli/data-check.ts public/data >/dev/null || npx tsx src/cli/data-check.ts public/data
echo "== templates"; npx tsx src/cli/data-check.ts public/templates >/dev/null || npx tsx src/cli/data-check.ts public/templates
echo "== JSON templates"; npx tsx src/cli/data-check.ts public/templates/json >/dev/null || npx tsx src/cli/data-check.ts public/templates/json
echo "== quotes"; npx tsx scripts/check-quotes.ts
echo "== build"; npx vite build --logLevel warn
echo "== tests (unit + browser)"; npx vitest run
