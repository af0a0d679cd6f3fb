#!/usr/bin/env bash
# The Spark job beside the workbench's own import of the same text, on this machine's cores, in
# interleaved rounds (their order swapped each round). The text is the import benchmark's:
# newspaper-like pages generated from the seed pages, BENCH_MB megabytes (default 1024), made in
# BENCH_DIR (default /tmp/spark-bench-<MB>) if missing. Each round runs, in JVMs of their own:
#   - the workbench's import (read, decode, clean, split, segment with jieba, store, commit), as
#     corpus:load runs it, after a 4 MB warm-up import in the same JVM (the import benchmark's child
#     JVM, which then also re-cleans and re-segments; only the import is timed here);
#   - the Spark job in local mode on every core (spark/run-local.sh), whose import ends when
#     corpus.parquet is written; its vertical text and analyses are timed apart.
# Prints each run with its JVM's peak resident memory, then the medians and ranges over BENCH_ROUNDS rounds (default 2) and the ratio
# of the Spark import's rate to the workbench's per round.
set -euo pipefail
mb="${BENCH_MB:-1024}"
rounds="${BENCH_ROUNDS:-2}"
dir="${BENCH_DIR:-/tmp/spark-bench-$mb}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
importer=bundles/import/importer

mvn -B -q install -DskipTests -pl spark,"$importer" -am
mvn -B -q -f "$importer/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="$importer/target/test-classes:$importer/target/classes:$(cat "$importer/target/test-classpath.txt")"
rounds_class=org.corpusbench.importer.internal.ImportRounds
# ImportRounds makes the text (and a warm-up folder) when missing; with no rounds it only does that.
java -Dbenchmark.megabytes="$mb" -Dbenchmark.rounds=0 -Dbenchmark.warmups=0 -Dcorpusbench.seeds=seeds \
    -Dcorpusbench.pages=bundles/clean/cleaning-newspaper/src/test/resources/pages -cp "$cp" "$rounds_class" "$dir" >/dev/null

bytes=$(find "$dir/text" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "Spark job vs workbench import, $(date -u '+%a, %d %b %Y %H:%M:%S GMT'), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "Input: $dir/text, $(find "$dir/text" -name '*.txt' | wc -l) files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB; $rounds rounds"

# Each JVM's peak resident memory (GNU time's maximum resident set size), beside its heap limit.
peak() { awk '{printf "%.2f GB", $1 / 1048576}' "$dir/peak"; }
workbench() { # the child JVM of the import benchmark; its first result line is the import's
    /usr/bin/time -f %M -o "$dir/peak" java -Xmx2g -XX:+UseG1GC -cp "$cp" "$rounds_class" --once "$dir/warmup" "$dir/text" \
        | sed -n 's/^RESULT import //p'
}
spark() {
    rm -rf "$dir/spark-out"
    SPARK_DRIVER_MEMORY="${SPARK_DRIVER_MEMORY:-8g}" /usr/bin/time -f %M -o "$dir/peak" spark/run-local.sh --input "$dir/text" \
        --output "$dir/spark-out" --name bench 2>"$dir/spark.log" | head -1
}
results=()
for round in $(seq 1 "$rounds"); do
    for turn in 1 2; do
        if [ $(( (round + turn) % 2 )) -eq 0 ]; then
            read -r seconds cpu documents tokens types _ <<<"$(workbench)"
            wb=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN {printf "%.2f", b / 1e6 / s}')
            echo "round $round, workbench import: $documents documents, $tokens tokens in $seconds s ($cpu CPU s), $wb MB/s;" \
                "peak memory $(peak) (heap at most 2 GB)"
        else
            line="$(spark)"
            sp=$(sed -n 's/.*imported in [0-9.]* s (\([0-9.]*\) MB\/s).*/\1/p' <<<"$line")
            rest=$(sed -n 's/.*analyses in \([0-9.]*\) s.*/\1/p' <<<"$line")
            echo "round $round, Spark job: $line; peak memory $(peak) (heap at most ${SPARK_DRIVER_MEMORY:-8g})"
        fi
    done
    results+=("$wb $sp $rest")
done
printf '%s\n' "${results[@]}" | awk '
    function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    function range(a, n,   i, lo, hi) { lo = hi = a[1]; for (i = 2; i <= n; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i] }
        return sprintf("%.2f-%.2f", lo, hi) }
    { n++; w[n] = $1; s[n] = $2; r[n] = $2 / $1; a[n] = $3 }
    END {
        print ""; print "| what | median | range over rounds |"; print "|---|---:|---:|"
        printf "| workbench import | %.2f MB/s | %s MB/s |\n", median(w, n), range(w, n)
        printf "| Spark job, import to Parquet | %.2f MB/s | %s MB/s |\n", median(s, n), range(s, n)
        printf "| Spark job, vertical text and analyses after it | %.1f s | %s s |\n", median(a, n), range(a, n)
        printf "| ratio Spark import / workbench import, per round | %.2fx | %sx |\n", median(r, n), range(r, n)
    }'
