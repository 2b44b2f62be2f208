#!/usr/bin/env bash
# Indaba's OpenAI-compatible client against a real inference server on an NVIDIA GPU, beside a reference Python
# aiohttp client against the same server in the same run (issue 11; target: ours / reference >= 0.9 at every level).
#
# The server (bench/gpu/server.py) is a minimal OpenAI-compatible streaming server over a randomly initialised
# ~1.1B-parameter Llama-style model with continuous batched decoding, in plain PyTorch + aiohttp: no vLLM, no weights,
# no internet needed. At each level (1, 8, 64, 256 in flight) both clients send ROUNDS x C streamed chat requests of
# MAX_TOKENS tokens after a warm-up of max(C, 16) requests, in the order ours, reference, reference, ours; each
# client's two figures are averaged. Our client is the Java harness ClientThroughputBenchmark in its "remote" mode,
# the plugin's InferenceClient as generation jobs use it.
#
# Usage:
#   bench/gpu/run.sh --prepare      # on a build machine (JDK 21+, Maven): builds the client into bench/gpu/lib and a
#                                   # trimmed Java runtime into bench/gpu/jre, for a GPU machine without Maven or JDK
#   bench/gpu/run.sh [MAX_TOKENS] [ROUNDS]      # defaults 128 3; on the GPU machine
#   SIZE=tiny DEVICE=cpu bench/gpu/run.sh 16 1  # smoke test without a GPU (a tiny model on the CPU)
# Needs: python3 (or $PYTHON) with torch and aiohttp; java 21+ (bench/gpu/jre, JAVA_HOME or PATH); nvidia-smi unless DEVICE=cpu.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=bench/gpu

if [ "${1:-}" = "--prepare" ]; then
    rm -rf "$HERE/jre" "$HERE/lib"
    mvn -B -q -o -pl plugins/openai-compatible -am test-compile
    mvn -B -q -o -pl plugins/openai-compatible dependency:copy-dependencies -DincludeScope=runtime \
        -DexcludeArtifactIds=plugin-api -DoutputDirectory="$PWD/$HERE/lib"  # plugin-api: this build's, in the jar below
    jar --create --file "$HERE/lib/indaba-client-bench.jar" -C plugins/plugin-api/target/classes . \
        -C plugins/openai-compatible/target/classes . -C plugins/openai-compatible/target/test-classes io
    jlink --add-modules java.base,java.logging,java.management,jdk.management,java.net.http,jdk.httpserver,java.sql,java.xml,jdk.unsupported \
        --strip-debug --no-header-files --no-man-pages --compress=zip-9 \
        --output "$HERE/jre"  # ~48 MB; with --generate-cds-archive 76 MB, over what a device run can carry
    du -sh "$HERE/lib" "$HERE/jre"
    exit 0
fi

PYTHON=${PYTHON:-python3}
TOKENS=${1:-128}
ROUNDS=${2:-3}
SIZE=${SIZE:-1b}
DEVICE=${DEVICE:-cuda}
PORT=${PORT:-18431}

if [ "$DEVICE" = cuda ]; then
    CARD=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null | head -1) || true
    if [ -z "${CARD:-}" ]; then
        echo "run.sh: nvidia-smi names no GPU here; for a smoke test on the CPU run: SIZE=tiny DEVICE=cpu $0 16 1" >&2
        exit 1
    fi
else
    CARD="no GPU: $DEVICE"
fi
"$PYTHON" -c "import torch, aiohttp" 2>/dev/null || { echo "run.sh: $PYTHON needs torch and aiohttp (set PYTHON to another python)" >&2; exit 1; }

if [ -x "$HERE/jre/bin/java" ]; then JAVA="$HERE/jre/bin/java"; else JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"; fi
"$JAVA" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])' \
    || { echo "run.sh: needs Java 21+ ($JAVA); run '$0 --prepare' on a build machine and bring bench/gpu/jre" >&2; exit 1; }
if [ -f "$HERE/lib/indaba-client-bench.jar" ]; then
    CP="$HERE/lib/*"
elif command -v mvn >/dev/null; then
    mvn -B -q -o -pl plugins/openai-compatible -am test-compile
    mvn -B -q -o -pl plugins/openai-compatible dependency:build-classpath -Dmdep.outputFile=target/client-bench.cp \
        -Dmdep.includeScope=test
    CP="plugins/plugin-api/target/classes:plugins/openai-compatible/target/test-classes:plugins/openai-compatible/target/classes:$(cat plugins/openai-compatible/target/client-bench.cp)"
else
    echo "run.sh: no client build: run '$0 --prepare' on a build machine and bring bench/gpu/lib" >&2
    exit 1
fi

LOG=$(mktemp)
"$PYTHON" "$HERE/server.py" --port "$PORT" --size "$SIZE" --device "$DEVICE" --max-batch 256 \
    --max-len $((TOKENS + 64 > 512 ? TOKENS + 64 : 512)) >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 600); do
    grep -q '^READY' "$LOG" && break
    kill -0 $SERVER 2>/dev/null || { cat "$LOG" >&2; echo "run.sh: the server died" >&2; exit 1; }
    sleep 0.5
done
grep -q '^READY' "$LOG" || { cat "$LOG" >&2; echo "run.sh: the server did not start in 5 minutes" >&2; exit 1; }
URL="http://127.0.0.1:$PORT"
MODEL="random-llama-$SIZE"

echo "card: $CARD"
echo "server: $(grep '^READY' "$LOG" | cut -d' ' -f3-) (device name, parameters); model $MODEL, $TOKENS tokens per response, $ROUNDS rounds of C requests per client per pass"
echo "java: $("$JAVA" -version 2>&1 | head -1); python: $("$PYTHON" -c 'import sys, torch, aiohttp; print(sys.version.split()[0], "torch", torch.__version__, "aiohttp", aiohttp.__version__)')"
printf '%8s %16s %16s %8s\n' "inflight" "indaba tok/s" "reference tok/s" "ratio"
START=$(date +%s)
for C in 1 8 64 256; do
    N=$((C * ROUNDS))
    ours() { "$JAVA" -cp "$CP" io.indaba.backend.openai.ClientThroughputBenchmark remote "$URL" "$MODEL" "$C" "$N" "$TOKENS" | awk '/^indaba/{print $3}'; }
    theirs() { "$PYTHON" "$HERE/reference_client.py" "$URL" "$MODEL" "$C" "$N" "$TOKENS" | awk '/^reference/{print $3}'; }
    A1=$(ours); B1=$(theirs); B2=$(theirs); A2=$(ours)
    "$PYTHON" - "$C" "$A1" "$A2" "$B1" "$B2" <<'PY'
import sys
c, a1, a2, b1, b2 = sys.argv[1], *map(float, sys.argv[2:])
a, b = (a1 + a2) / 2, (b1 + b2) / 2
print(f"{c:>8} {a:16,.0f} {b:16,.0f} {a / b:8.3f}   (passes: {a1:,.0f} {a2:,.0f} / {b1:,.0f} {b2:,.0f})")
PY
done
echo "server: $(curl -s "$URL/stats" 2>/dev/null || "$PYTHON" -c "import urllib.request; print(urllib.request.urlopen('$URL/stats').read().decode())")"
echo "took $(( $(date +%s) - START )) s after the server started; target: ratio >= 0.9 at every level (issue 11)"
