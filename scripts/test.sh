#!/usr/bin/env bash
# Runs every test file (node 20's --test takes no globs). Extra arguments select files.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -gt 0 ]; then files=("$@"); else mapfile -t files < <(find test -name '*.test.ts' | sort); fi
exec node --import tsx --test --test-concurrency=1 --test-reporter=spec "${files[@]}"
