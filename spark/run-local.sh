#!/usr/bin/env bash
# Runs the Spark job in local mode on this machine, on every core (CORES=2 for two), with the
# driver's heap from SPARK_DRIVER_MEMORY (4g): builds the module first if it has not been built.
# Arguments are the job's (see CorpusJob's usage), for example:
#   spark/run-local.sh --input seeds --output /tmp/seeds-spark
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/corpusbench-spark-0.1.0-SNAPSHOT-job.jar" # the jar spark-submit takes
if [ ! -f "$jar" ] || [ ! -f "$here/target/spark-classpath.txt" ]; then
    (cd "$here/.." && mvn -B -q -DskipTests -pl spark -am install)
fi
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" # local mode listens on the loopback only
exec java -Xmx"${SPARK_DRIVER_MEMORY:-4g}" @"$here/java-options" -cp "$jar:$(cat "$here/target/spark-classpath.txt")" \
    org.corpusbench.spark.CorpusJob --master "local[${CORES:-*}]" "$@"
