#!/bin/bash
# Compares the import pipeline (read from memory, clean, split, segment; nothing stored) of two
# commits on the same text: each commit's ImportBenchmark runs in its own JVM, alternately
# (old, new, old, new), every run three rounds on 1 and on 2 threads.
#
#   bundles/import/importer/compare-speed.sh OLD_REVISION [NEW_REVISION [TEXT_FOLDER]]
#
# NEW_REVISION defaults to HEAD; TEXT_FOLDER to the seed pages and the cleaning fixture's pages
# (every .txt file in it is one page, repeated 400 times). Both commits are built in temporary
# worktrees with -o (offline) and nothing is installed into ~/.m2.
set -euo pipefail
old=${1:?usage: compare-speed.sh OLD_REVISION [NEW_REVISION [TEXT_FOLDER]]}
new=${2:-HEAD}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
text=${3:-$work/text}
if [ -z "${3:-}" ]; then
  mkdir -p "$text"
  cp "$repo"/seeds/*.txt "$repo"/bundles/clean/cleaning-newspaper/src/test/resources/pages/*.txt "$text"/
fi
cleanup() {
  for side in old new; do git -C "$repo" worktree remove --force "$work/$side" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
for side in old new; do
  rev=$old; [ "$side" = new ] && rev=$new
  git -C "$repo" worktree add -q --detach "$work/$side" "$rev"
  ln -s "$repo/../shared" "$work/shared" 2>/dev/null || true
  (cd "$work/$side" && mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$work/$side.cp" \
      -pl bundles/import/importer -am > "$work/$side.build.log" 2>&1) || { cat "$work/$side.build.log"; exit 1; }
done
echo "text: $(ls "$text"/*.txt | wc -l) pages, $(cat "$text"/*.txt | wc -c) bytes, x400; old $(git -C "$repo" rev-parse --short "$old"), new $(git -C "$repo" rev-parse --short "$new")"
for pair in 1 2; do
  for side in old new; do
    module="$work/$side/bundles/import/importer"
    java -Xmx2g -cp "$module/target/test-classes:$module/target/classes:$(cat "$work/$side.cp")" \
        org.corpusbench.importer.internal.ImportBenchmark "$text" | sed "s/^/$side: /"
  done
done
