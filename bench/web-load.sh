#!/usr/bin/env bash
# Web load: signed-in learners reading a lesson page and rendering a role-play step of the real WAR on Payara
# Micro, next to a static resource of the same instance (a Faces resource, atiende.css) as the reference.
# Driver: wrk (Debian package "wrk"), loopback only, N connections each replaying one of N signed-in sessions,
# a warm-up then a bounded measurement per page; the server is stopped at the end.
# Usage: bench/web-load.sh [h2|postgresql]
#   BENCH_SECONDS (20), BENCH_WARMUP (120: the JIT takes about that long to settle on a page), BENCH_CONNECTIONS (32),
#   BENCH_SKIP_BUILD=1 to reuse the built WAR, BENCH_PAGES ("static lesson player", a part of it, and any other page
#   of the instance as name=/path, e.g. "static home=/learner/index.xhtml"),
#   BENCH_HTTP_THREADS (4, the run command's --maxhttpthreads; 200 is Payara Micro's default),
#   BENCH_JVM_OPTIONS for a profiling run (e.g. -XX:StartFlightRecording=filename=/tmp/web.jfr,settings=profile),
#   BENCH_DECOMPOSE=1 to deploy the WAR with the pages of bench/pages/ added (a plain HTML file, a Faces page of plain
#   HTML, the same with h:head, the site's template around a paragraph) and measure them between static and lesson.
# Prints one line per page: requests/s, ratio to the static resource, p50/p99/max latency, errors, and the server's
# CPU time per request (from /proc, so it stays meaningful when something else shares the machine).
set -euo pipefail
trap 'echo "web-load: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
db="${1:-h2}"
seconds="${BENCH_SECONDS:-20}"
warmup="${BENCH_WARMUP:-120}"
connections="${BENCH_CONNECTIONS:-32}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
# shellcheck source=bench/lib/atiende.sh
. bench/lib/atiende.sh
prepare_bench

war=course-web/target/atiende.war
if [ -n "${BENCH_DECOMPOSE:-}" ]; then
  # An exploded copy of the WAR with the decomposition pages beside the learner's, behind the same sign-in.
  mkdir -p "$work/war/learner/bench"
  unzip -q "$war" -d "$work/war"
  cp bench/pages/* "$work/war/learner/bench/"
  war="$work/war"
fi
# shellcheck disable=SC2086 # BENCH_JVM_OPTIONS is a list of options
start_atiende "$db" "$war" ${BENCH_JVM_OPTIONS:-}

# The first learner session enrols in the first course and starts its first role-play: the pages under load.
jar="$work/session-1"
sign_in "$jar"
enrol_in_first_course "$jar"
lesson="$lesson_path"
player="$player_path"
for i in $(seq 2 "$connections"); do sign_in "$work/session-$i"; done
for i in $(seq 1 "$connections"); do session_cookie "$work/session-$i"; done > "$work/cookies"
[ "$(wc -l < "$work/cookies")" -eq "$connections" ] || { echo "could not sign in $connections sessions" >&2; exit 1; }
export BENCH_COOKIES="$work/cookies"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks_per_second=$(getconf CLK_TCK)
measure() { # name path
  wrk -t2 -c"$connections" -d"${warmup}s" -s bench/web-load.lua "$base$2" > /dev/null
  local before after line
  before=$(cpu_ticks)
  line=$(wrk -t2 -c"$connections" -d"${seconds}s" -s bench/web-load.lua "$base$2" | grep '^BENCH ')
  after=$(cpu_ticks)
  read -r _ requests duration p50 p99 max errors <<<"$line"
  rate=$(awk -v n="$requests" -v s="$duration" 'BEGIN { printf "%.0f", n / s }')
  cpu=$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')
  echo "$1 $rate $p50 $p99 $max $errors $cpu"
}
decomposition="html=/learner/bench/plain.html plain=/learner/bench/plain.xhtml head=/learner/bench/head.xhtml"
decomposition="$decomposition template=/learner/bench/template.xhtml"
pages="${BENCH_PAGES:-${BENCH_DECOMPOSE:+static $decomposition lesson}}"
pages="${pages:-static lesson player}"
for page in $pages; do
  case "$page" in
    static) measure static "/jakarta.faces.resource/css/atiende.css.xhtml?ln=atiende" ;;
    lesson) measure lesson "$lesson" ;;
    player) measure player "$player" ;;
    *=/*) measure "${page%%=*}" "${page#*=}" ;;
    *) echo "unknown page: $page" >&2; exit 2 ;;
  esac
done > "$work/results"
static_rate=$(awk '$1 == "static" { print $2 }' "$work/results")
static_rate="${static_rate:-0}"
echo "Web load on $db, $connections connections ($connections signed-in sessions), ${BENCH_HTTP_THREADS:-4} HTTP threads, ${seconds} s per page after ${warmup} s warm-up, $(nproc) cores"
awk -v s="$static_rate" '{ printf "%-7s %6d req/s  %.2f x static  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  errors %d  server CPU %5d us/request\n",
    $1, $2, (s > 0 ? $2 / s : 0), $3, $4, $5, $6, $7 }' "$work/results"
