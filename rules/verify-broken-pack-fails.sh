#!/usr/bin/env bash
# Shows that `dotnet build` of the shipped packs fails when a pack has an error or a warning: writes a broken copy of a
# shipped pack beside it (an unknown field; then a rule without a citation), builds rules/Tao.Rules.Packs.csproj,
# expects a failing exit code and the analyzer's MSBuild line, and always removes the copy. Run by hand (it touches the
# working tree for the duration of two builds); not part of CI.
set -uo pipefail
cd "$(dirname "$0")/.."
copy=rules/japan/zz-broken-copy.rules
trap 'rm -f "$copy"' EXIT

expect_failure() {
  local what=$1 pattern=$2 output
  output=$(dotnet build rules/Tao.Rules.Packs.csproj -nologo 2>&1)
  local status=$?
  if [ "$status" -eq 0 ] || ! grep -Eq "$pattern" <<<"$output"; then
    echo "FAIL: $what: exit $status, no line matching $pattern" >&2
    exit 1
  fi
  echo "ok: $what: exit $status; $(grep -Eo "$pattern" <<<"$output" | head -1)"
}

sed 's/asset\.asset_type/asset.asset_typo/' rules/japan/listing.rules | sed 's/^package jp\./package jpcopy./' > "$copy"
expect_failure "unknown field" 'zz-broken-copy\.rules\([0-9]+,[0-9]+\): error TAO3001'

# A warning fails it too: TreatWarningsAsErrors is on for every project.
grep -v '^  cite ' rules/japan/listing.rules | sed 's/^package jp\./package jpcopy./' > "$copy"
expect_failure "rule without a citation" 'zz-broken-copy\.rules\([0-9]+,[0-9]+\): error TAO4002'
