#!/usr/bin/env bash
# Peak memory (maximum resident set size) of `tao-rules eval` over a generated JSONL file of 1,000,000 assets, in each
# output format: issue #3 asks for less than 300 MB. Not a unit test: a measurement, recorded in docs/benchmarks.md.
#   bash bench/measure-eval-memory.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null
fi

dotnet build -c Release src/Tao.Rules.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/Tao.Rules.Benchmarks -v quiet -nologo >/dev/null
dotnet bench/Tao.Rules.Benchmarks/bin/Release/net10.0/Tao.Rules.Benchmarks.dll generate-facts "$work/assets.jsonl" "$count"
echo "facts: $count assets, $(du -h "$work/assets.jsonl" | cut -f1) of JSONL"

for format in table json csv; do
  /usr/bin/time -v dotnet src/Tao.Rules.Cli/bin/Release/net10.0/tao-rules.dll eval \
    --rules bench/rules/bench-listing.rules --facts "$work/assets.jsonl" --format "$format" \
    > /dev/null 2> "$work/time-$format.txt" || { cat "$work/time-$format.txt"; exit 1; }
  peak_kb=$(grep 'Maximum resident set size' "$work/time-$format.txt" | awk '{print $NF}')
  elapsed=$(grep 'Elapsed (wall clock)' "$work/time-$format.txt" | awk '{print $NF}')
  echo "eval --format $format: peak $((peak_kb / 1024)) MB, wall $elapsed"
done
