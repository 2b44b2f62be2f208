#!/usr/bin/env bash
# After `mvn verify`: proves every test class in the tree ran, and says which tests were skipped and why (real-data
# tests skip on a fresh clone, which has no ../shared/data). Exit 1 when a test class has no Surefire report, as a
# class whose name Surefire does not match would (EditDistanceProperties once ran for nobody).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=0 classes=0
while IFS= read -r src; do
  module="${src%%/src/test/java/*}"
  fqcn="${src#*/src/test/java/}"; fqcn="${fqcn%.java}"; fqcn="${fqcn//\//.}"
  grep -q "abstract class" "$src" && continue
  classes=$((classes + 1))
  if ! compgen -G "$module/target/surefire-reports/TEST-$fqcn*.xml" >/dev/null; then
    echo "test-report: $fqcn ($src) did not run" >&2
    missing=$((missing + 1))
  fi
done < <(find . -path '*/src/test/java/*' -name '*Test.java' -not -path './.git/*' | sort)

skipped=0
while IFS= read -r line; do
  [[ -n "$line" ]] || continue
  skipped=$((skipped + 1))
  echo "test-report: skipped $line"
done < <(awk '
  /<testcase / {
    match($0, /name="[^"]*"/); name = substr($0, RSTART + 6, RLENGTH - 7)
    match($0, /classname="[^"]*"/); cls = substr($0, RSTART + 11, RLENGTH - 12)
  }
  /<skipped/ {
    why = ""
    if (match($0, /message="[^"]*"/)) why = substr($0, RSTART + 9, RLENGTH - 10)
    else if (match($0, /Assumption failed: .*/)) why = substr($0, RSTART + 19)
    print cls "." name ": " why
  }' */target/surefire-reports/TEST-*.xml 2>/dev/null)

echo "test-report: $classes test classes, $missing without a report, $skipped tests skipped"
(( missing == 0 ))
