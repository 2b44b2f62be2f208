#!/usr/bin/env bash
# Builds Indaba with Maven and packages it with jpackage into installers/target/:
#   an app image (a folder with its own Java runtime) always, and a .deb when dpkg-deb and fakeroot exist.
#   installers/build.sh              app image (+ .deb where possible)
#   installers/build.sh --no-build   package what app/target already holds
#   INDABA_TYPES="app-image" installers/build.sh   only the listed jpackage types
# Needs a JDK 21+ with jpackage in JAVA_HOME (or on the PATH). See installers/README.md for Windows and macOS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/installers/target"

# The same JDK search as ./indaba (JAVA_HOME, java on the PATH, /usr/lib/jvm): the newest JDK 21+ found.
if ! jdk="$("$root/indaba" --print-java-home)"; then
  exit 1
fi
if [[ ! -x "$jdk/bin/jpackage" ]]; then
  echo "build.sh: $jdk has no jpackage; set JAVA_HOME to a full JDK 21 or newer." >&2
  exit 1
fi
major="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
export JAVA_HOME="$jdk"

if [[ "${1:-}" != "--no-build" ]]; then
  echo "build.sh: building with Maven (JDK: $JAVA_HOME)..." >&2
  # Maven's bundled Guava warns about sun.misc.Unsafe on JDK 24+; the warning is noise here.
  if (( ${major%%.*} >= 24 )); then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
  (cd "$root" && mvn -B -q -DskipTests install -pl app -am)
fi

jar="$(ls "$root"/app/target/app-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n1 || true)"
if [[ -z "$jar" || ! -d "$root/app/target/lib" ]]; then
  echo "build.sh: app/target holds no built app; run without --no-build." >&2
  exit 1
fi
# jpackage versions are numbers only: 0.1.0-SNAPSHOT becomes 0.1.0.
version="$(basename "$jar" .jar)"; version="${version#app-}"; version="${version%%-*}"

# One flat input folder: jpackage puts every jar at its top level on the class path.
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
cp "$root"/app/target/lib/*.jar "$out/input/"

# The runtime holds only what Indaba uses (jdeps lists base, desktop, sql, jfr, unsupported), plus what runs
# without a compile-time trace: logging and naming (sqlite-jdbc), net.http (inference plugins), extra charsets
# (CSV sources in legacy encodings), zipfs (project bundles), crypto.ec (TLS to inference servers).
modules="java.base,java.desktop,java.sql,java.logging,java.naming,java.management,java.xml,java.net.http,jdk.jfr,jdk.unsupported,jdk.charsets,jdk.zipfs,jdk.crypto.ec"

common=(
  --name Indaba
  --app-version "$version"
  --vendor "Indaba"
  --description "Workbench for translated benchmarks and cross-lingual preference data"
  --input "$out/input"
  --main-jar "$(basename "$jar")"
  --main-class io.indaba.app.Launcher
  --java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "-Dfile.encoding=UTF-8"
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=zip-6"
)

types="${INDABA_TYPES:-app-image deb}"
for type in $types; do
  case "$type" in
    app-image)
      echo "build.sh: jpackage --type app-image..." >&2
      "$JAVA_HOME/bin/jpackage" --type app-image --dest "$out" "${common[@]}"
      echo "build.sh: app image: $out/Indaba ($(du -sh "$out/Indaba" | cut -f1)); run $out/Indaba/bin/Indaba" >&2
      ;;
    deb)
      if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
        echo "build.sh: skipping .deb (needs dpkg-deb and fakeroot)." >&2
        continue
      fi
      echo "build.sh: jpackage --type deb..." >&2
      # JavaFX loads GTK, OpenGL and the X libraries with dlopen from natives unpacked at run time, so jpackage's
      # library scan cannot see them: declare them, with the t64 names Debian 13 and Ubuntu 24.04 use as alternatives.
      deb_deps="libgtk-3-0t64 | libgtk-3-0, libgl1, libxtst6, libxxf86vm1, libfreetype6, libfontconfig1, libpangoft2-1.0-0"
      # The desktop entry and the .indaba file association exist only in installed packages, not app images.
      # installers/linux/Indaba.desktop replaces jpackage's entry, whose Exec line lacks %f: without it a file
      # manager starts Indaba without the project that was double-clicked.
      "$JAVA_HOME/bin/jpackage" --type deb --dest "$out" "${common[@]}" \
        --resource-dir "$root/installers/linux" \
        --linux-package-name indaba \
        --linux-package-deps "$deb_deps" \
        --linux-shortcut \
        --linux-menu-group "Office;Education" \
        --linux-app-category science \
        --file-associations "$root/installers/indaba-file.properties"
      echo "build.sh: $(ls "$out"/*.deb)" >&2
      ;;
    *)
      echo "build.sh: unknown type '$type' (app-image, deb; msi and dmg are built on their own systems)." >&2
      exit 2
      ;;
  esac
done
