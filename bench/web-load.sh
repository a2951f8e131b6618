#!/usr/bin/env bash
# Web load: signed-in learners reading a lesson page and rendering a role-play step of the real WAR on Payara
# Micro, next to a static resource of the same instance as the reference. Java driver (WebLoadIT) on loopback,
# 32 connections, 5 s warm-up + 20 s per page (BENCH_SECONDS, BENCH_CONNECTIONS), then it stops by itself.
# Usage: bench/web-load.sh [h2|postgresql]   Figures: course-web/target/bench/web-load.txt
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
mvn -q install -DskipTests
cd course-web
mvn -q verify -Dit.test=WebLoadIT -Datiende.bench=true -Datiende.it.db="$db" \
    -Datiende.bench.seconds="${BENCH_SECONDS:-20}" -Datiende.bench.connections="${BENCH_CONNECTIONS:-32}" \
    > target/web-load.log 2>&1 || { tail -40 target/web-load.log; exit 1; }
cat target/bench/web-load.txt
