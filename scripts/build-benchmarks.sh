# Sourced by the scripts/run-*benchmark*.sh scripts, from the project root: finds a JDK >= 21, builds the
# benchmarks module into BUILD_DIR (default target) and sets $module and $classpath for running it.
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
BUILD_DIR="${BUILD_DIR:-target}"
echo "Using JDK at $JAVA_HOME, build directory $BUILD_DIR" >&2

mvn -B -ntp -q -DbuildDir="$BUILD_DIR" -DskipTests -pl benchmarks -am package
module="benchmarks/$BUILD_DIR"
classpath="$module/classes:$(cat "$module/benchmark-classpath.txt")"
