#!/usr/bin/env bash
# Measures a first start of the distribution: seconds from bin/start until the REST API answers,
# and until the seeds corpus (imported on first start) is listed. Uses ports 8181/8101: stop any
# running workbench first. Usage: karaf-assembly/measure-startup.sh [runs]
set -u
cd "$(dirname "$0")"
tarball=$(ls target/corpusbench-karaf-*.tar.gz) || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
for run in $(seq 1 "${1:-3}"); do
  dir=$(mktemp -d)
  tar xzf "$tarball" -C "$dir"
  home=$(ls -d "$dir"/*/)
  export CORPUS_ADMIN_PASSWORD=measure-$RANDOM$RANDOM
  start=$(date +%s.%N)
  "$home/bin/start" 2>/dev/null
  http=""; seeds=""
  for _ in $(seq 1 1200); do
    body=$(curl -s -u "admin:$CORPUS_ADMIN_PASSWORD" http://127.0.0.1:8181/corpus/api/corpora 2>/dev/null)
    now=$(date +%s.%N)
    [ -z "$http" ] && [ -n "$body" ] && http=$(echo "$now - $start" | bc)
    case "$body" in *'"seeds"'*) seeds=$(echo "$now - $start" | bc); break ;; esac
    sleep 0.1
  done
  printf 'run %d: REST answers after %.1f s, seeds corpus listed after %.1f s\n' "$run" "${http:-nan}" "${seeds:-nan}"
  "$home/bin/stop" 2>/dev/null
  sleep 3
  rm -rf "$dir"
done
