#!/usr/bin/env bash
# Lighthouse (Google's page auditor, from npm) on every page of the real WAR as its users reach it: public pages,
# then signed in as an employee (with a course under way), as HR and as an administrator. Lighthouse's defaults:
# a mid-range phone on a slow 4G connection (simulated), Debian's Chromium headless. Prints each page's four
# scores (0-100), its first and largest contentful paint, total blocking time and the bytes it transferred.
# Usage: bench/lighthouse.sh [h2|postgresql]   BENCH_SKIP_BUILD=1 to reuse the built WAR,
#   BENCH_LIGHTHOUSE (the npm package, lighthouse@12.8.2), installed once under ~/.cache/atiende-bench.
set -euo pipefail
trap 'echo "lighthouse: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
db="${1:-h2}"
package="${BENCH_LIGHTHOUSE:-lighthouse@12.8.2}"
tools="$HOME/.cache/atiende-bench/${package//[@\/]/-}"
[ -x /usr/bin/chromium ] || { echo "Chromium is needed: apt-get install chromium" >&2; exit 2; }
[ -x "$tools/node_modules/.bin/lighthouse" ] || npm install --silent --no-audit --no-fund --prefix "$tools" "$package" >/dev/null
# shellcheck source=bench/lib/atiende.sh
. bench/lib/atiende.sh
prepare_bench
start_atiende "$db" course-web/target/atiende.war

sign_in "$work/employee"
enrol_in_first_course "$work/employee"
sign_in "$work/hr" rrhh@demo.atiende
sign_in "$work/admin" admin@demo.atiende

audit() { # name path [jar]
  local headers=()
  [ -z "${3:-}" ] || headers=(--extra-headers "{\"Cookie\": \"$(session_cookie "$3")\"}")
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$base$2" --quiet --output=json \
      --output-path="$work/$1.json" --chrome-flags="--headless --no-sandbox --disable-gpu" "${headers[@]}" >/dev/null 2>&1
  python3 - "$1" "$work/$1.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[2]))
if report.get("runtimeError"):
    sys.exit("%s: %s" % (sys.argv[1], report["runtimeError"]["message"]))
scores = [round(report["categories"][c]["score"] * 100) for c in ("performance", "accessibility", "best-practices", "seo")]
metric = lambda name: report["audits"][name]["numericValue"]
print("%-12s %4d %4d %4d %4d  %6.1f s %6.1f s %6.0f ms %7.0f KB" % (sys.argv[1], *scores,
      metric("first-contentful-paint") / 1000, metric("largest-contentful-paint") / 1000,
      metric("total-blocking-time"), metric("total-byte-weight") / 1024))
PY
}
echo "Lighthouse ${package#lighthouse@} on $db, mobile on slow 4G (simulated), $(nproc) cores"
echo "page         perf a11y best  seo     FCP      LCP       TBT   transferred"
audit home /
audit sign-in /login.xhtml
audit verify /verify.xhtml
audit learning /learner/index.xhtml "$work/employee"
audit catalogue /learner/catalog.xhtml "$work/employee"
audit course "${course_url#"$base"}" "$work/employee"
audit lesson "$lesson_path" "$work/employee"
audit player "$player_path" "$work/employee"
audit profile /account/profile.xhtml "$work/employee"
audit audit /hr/audit.xhtml "$work/hr"
audit certificates /hr/certificates.xhtml "$work/hr"
audit expiring /hr/expiring.xhtml "$work/hr"
audit tokens /hr/tokens.xhtml "$work/hr"
audit people /admin/users.xhtml "$work/admin"
audit import /admin/import.xhtml "$work/admin"
