#!/usr/bin/env bash
# Run a command with the file cache it may use capped, as on a store bigger than the cache.
#
# Why: the million's store (31 GB) outgrew the file cache of this machine (about 21 GB); a
# store of 120,000 captures measured with the same share of cache shows the same pressure in
# minutes instead of hours (BENCHMARKS.md, "Session 11 (issue 13)"). A cgroup-v1 memory limit
# counts the page cache its processes read in, so the command sees a small machine; the file
# cache is dropped first so that pages cached before do not count for nothing.
#
# Usage (as root): bench/with_file_cache.sh LIMIT_MIB COMMAND...
#   bench/with_file_cache.sh 2950 env PYTHONPATH=src python bench/million.py --skip 0 \
#       --jsonl top.jsonl --count 15000 --extract 0 --db copy.db --warm
set -euo pipefail
limit=${1:?limit in MiB}; shift
group=/sys/fs/cgroup/memory/sitrep-bench-$$
[ -d /sys/fs/cgroup/memory ] || { echo "no cgroup-v1 memory controller here" >&2; exit 2; }
mkdir -p "$group"
trap 'echo $$ > /sys/fs/cgroup/memory/cgroup.procs; rmdir "$group" 2>/dev/null || true' EXIT
echo $((limit * 1024 * 1024)) > "$group/memory.limit_in_bytes"
sync
echo 3 > /proc/sys/vm/drop_caches
echo $$ > "$group/cgroup.procs"
"$@" || status=$?; exit "${status:-0}"
