#!/usr/bin/env bash
# Crash test at benchmark length: kill -9 a writing child N times (default 1000; CI runs 200).
# Usage: bench/crash.sh [cycles] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -o -B -q -pl annotation-core -am test -Dtest=CrashTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dindaba.crash.cycles="${1:-1000}" ${2:+-Dindaba.crash.seed="$2"}
cat annotation-core/target/crash-test-summary.txt
