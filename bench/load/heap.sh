#!/usr/bin/env bash
# The Java heap in use now, in MB, of the JVMs given (pids, comma- or space-separated; summed): the load tests'
# "heap used after" column (jcmd GC.heap_info; G1's or the parallel collector's figure). Usage:
#   bench/load/heap.sh PID[,PID...]
set -euo pipefail
total=0
for pid in ${*//,/ }; do
    used=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap|PSYoungGen|total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit } }')
    total=$((total + ${used:-0}))
done
echo "$total"
