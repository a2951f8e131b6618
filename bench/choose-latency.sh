#!/usr/bin/env bash
# Load driver: choose() latency through the EJBs with the database, 16 learners at once, in Payara Micro.
# Usage: bench/choose-latency.sh [h2|postgresql] (default h2). Bounded: 60 s warm-up + 20 s measured (change with
# BENCH_WARMUP and BENCH_SECONDS), then it stops by itself. The warm-up is long because the JIT needs it: after 5 s
# the same code measured a p99 four times higher. Learners reply without pause unless BENCH_THINK_MS sets a reading time. PostgreSQL runs in a database created for the run on 127.0.0.1:5432
# (user postgres) and dropped afterwards. Prints one line: calls, throughput, p50/p95/p99/max.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
options="-Xms1g -Xmx1g -Datiende.bench=true -Datiende.bench.seconds=${BENCH_SECONDS:-20}"
options="$options -Datiende.bench.warmUpSeconds=${BENCH_WARMUP:-60}"
options="$options -Datiende.bench.thinkMillis=${BENCH_THINK_MS:-0}"
# Each pause drawn within this share of BENCH_THINK_MS either way (0.5: 50 to 150 ms for 100); 0 for equal pauses.
options="$options -Datiende.bench.thinkSpread=${BENCH_THINK_SPREAD:-0.5}"
# Extra JVM options for a profiling run, e.g. BENCH_JVM_OPTIONS=-XX:StartFlightRecording=filename=/tmp/choose.jfr
options="$options${BENCH_JVM_OPTIONS:+ $BENCH_JVM_OPTIONS}"
case "$db" in
  h2)
    options="$options -Datiende.db.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"
    ;;
  postgresql)
    name="atiende_bench_$$"
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $name"
    trap 'psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)"' EXIT
    options="$options -Datiende.db.datasource=org.postgresql.ds.PGSimpleDataSource"
    options="$options -Datiende.db.url=jdbc:postgresql://127.0.0.1:5432/$name -Datiende.db.user=postgres"
    ;;
  *)
    echo "usage: $0 [h2|postgresql]" >&2
    exit 2
    ;;
esac
mvn -q install -DskipTests
cd course-web
mvn verify -Dit.test='AssessmentContainerIT#measuresChooseLatencyWithSixteenConcurrentLearners' \
    -Datiende.bench=true "-Dpayara.cmdOptions=$options" > target/choose-latency.log 2>&1 \
    || { tail -50 target/choose-latency.log; exit 1; }
grep -o 'atiende bench: .*' target/choose-latency.log
