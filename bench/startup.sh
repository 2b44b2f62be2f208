#!/usr/bin/env bash
# Start-up benchmark (see BENCHMARKS.md, "Start-up to first window"): wall time from starting ./indaba (the
# launcher users run) until its window is on screen, warm (second and later starts), against a baseline in the same
# run: a one-label JavaFX window started with the same JDK, class path and options. Needs a display; with none it
# starts Xvfb on :97. Usage: bench/startup.sh [runs (5)]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v xdotool >/dev/null || { echo "startup.sh: needs xdotool (apt-get install -y xdotool)" >&2; exit 1; }
if [[ -z "${DISPLAY:-}" ]]; then
  command -v Xvfb >/dev/null || { echo "startup.sh: no DISPLAY and no Xvfb (apt-get install -y xvfb)" >&2; exit 1; }
  Xvfb :97 -screen 0 1400x900x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:97
  sleep 1
fi
MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow" mvn -o -B -q -DskipTests package >/dev/null 2>&1
touch app/target/.indaba-built
home="$(mktemp -d)"
jar="$(ls app/target/app-*.jar | grep -v -e sources -e javadoc | head -n1)"
cp="$jar:app/target/test-classes:app/target/lib/*"

# prints the milliseconds from launching "$@" until a visible window titled $title exists, then closes the program
time_window() {
  local title="$1"; shift
  local t0 t1 pid
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  # polled every 10 ms: xdotool's own --sync waits in steps of half a second
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do sleep 0.01; done
  t1=$(date +%s%N)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

echo "date: $(date -u +%Y-%m-%dT%H:%MZ); nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
# the first start copies the sample project into the user folder; it is not counted
JAVA_TOOL_OPTIONS="-Dindaba.home=$home" time_window "^Indaba" ./indaba >/dev/null
ours=(); base=()
for ((i = 0; i < runs; i++)); do
  base+=("$(time_window "JavaFX baseline" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" io.indaba.app.HelloWindow)")
  ours+=("$(JAVA_TOOL_OPTIONS="-Dindaba.home=$home" time_window "^Indaba" ./indaba)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "indaba (./indaba, sample project): ${ours[*]} ms; median $(median "${ours[@]}") ms"
echo "baseline (one-label JavaFX window): ${base[*]} ms; median $(median "${base[@]}") ms"
awk -v a="$(median "${ours[@]}")" -v b="$(median "${base[@]}")" 'BEGIN {printf "ratio %.2f; target <= 1500 ms warm: %s\n", a / b, a <= 1500 ? "met" : "NOT met"}'
rm -rf "$home"
