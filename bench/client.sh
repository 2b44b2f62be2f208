#!/usr/bin/env bash
# Client throughput of the OpenAI-compatible plugin against a local server with a fixed per-token delay.
# Usage: bench/client.sh [tokens-per-response] [delay-ms-per-token] [rounds]   (defaults 50 20 4)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl plugins/openai-compatible -am test-compile
mvn -B -q -o -pl plugins/openai-compatible dependency:build-classpath -Dmdep.outputFile=target/client-bench.cp \
    -Dmdep.includeScope=test
# the module's own plugin-api classes first: the jar in ~/.m2 may be an older build
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "plugins/plugin-api/target/classes:plugins/openai-compatible/target/test-classes:plugins/openai-compatible/target/classes:$(cat plugins/openai-compatible/target/client-bench.cp)" \
    io.indaba.backend.openai.ClientThroughputBenchmark "$@"
