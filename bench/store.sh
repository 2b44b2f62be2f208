#!/usr/bin/env bash
# Store benchmark (see BENCHMARKS.md, section "Store"): JSONL import rate against a bare JDBC batch insert of the
# same rows, and durable single-save latency against a raw fsync on the same disk.
# Usage: bench/store.sh [items (200000)] [saves (2000)]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -o -B -q -pl annotation-core -am test-compile
cp="$(cat annotation-core/target/test-classpath.txt):annotation-core/target/classes:annotation-core/target/test-classes"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); nproc: $(nproc); memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
"$JAVA_HOME/bin/java" -Xmx3g --enable-native-access=ALL-UNNAMED -cp "$cp" io.indaba.core.store.StoreBenchmark "$@"
