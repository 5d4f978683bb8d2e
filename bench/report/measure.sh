#!/usr/bin/env bash
# Times `tao-rules report` on 1,000 assets and the sample subnets as a whole process, RUNS times, and prints each run
# and the median. Interleave configurations by running it once per configuration per round when comparing (the
# machine is shared: one long batch of one configuration would compare two different moments, not two settings).
#   bench/report/measure.sh [RUNS] [extra env assignments...]     e.g. bench/report/measure.sh 9 DOTNET_gcServer=0
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}; shift || true
assets=/tmp/tao-rules-assets-1000.yaml
[ -f "$assets" ] || python3 bench/report/generate_assets.py "$assets" 1000 >/dev/null
tool=src/Tao.Rules.Cli/bin/Release/net10.0/tao-rules.dll
[ -f "$tool" ] || dotnet build -c Release src/Tao.Rules.Cli >/dev/null
out=$(mktemp -d)
times=()
for _ in $(seq "$runs"); do
  line=$(env "$@" /usr/bin/time -f "%e %U %S %M" dotnet "$tool" report --facts "$assets" --facts rules/samples/subnets.yaml \
    --waivers rules/samples/waivers.yaml --out "$out" 2>&1 >/dev/null | tail -1)
  read -r wall user sys rss <<<"$line"
  echo "wall ${wall} s, user ${user} s, sys ${sys} s, peak ${rss} KB"
  times+=("$wall")
done
rm -rf "$out"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.2f s (min %.2f, max %.2f) over %d runs\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
