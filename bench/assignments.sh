#!/usr/bin/env bash
# Assignments at scale: BENCH_PEOPLE (5,000) employees imported through the directory import, then one order for the
# whole organisation through the API (as an HR system gives it), the same order again (nobody to change), and the
# date moved (everyone to change); then HR's assignments page and its CSV over what that made. The real WAR on
# Payara Micro, loopback only, the server stopped at the end.
# Usage: bench/assignments.sh [h2|postgresql]   BENCH_PEOPLE (5000), BENCH_SKIP_BUILD=1 to reuse the built WAR,
#   BENCH_PAGE_RUNS (30: page loads measured after 10 to warm up).
# Prints the seconds of each step and the page's median and 90th percentile in milliseconds.
set -euo pipefail
trap 'echo "assignments: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
db="${1:-h2}"
people="${BENCH_PEOPLE:-5000}"
runs="${BENCH_PAGE_RUNS:-30}"
# shellcheck source=bench/lib/atiende.sh
. bench/lib/atiende.sh
prepare_bench
start_atiende "$db" course-web/target/atiende.war

departments=("Ventas Norte" "Ventas Sur" "Almacén" "Atención al cliente" "Logística" "Tiendas")
{ echo "name,email,department,manager,roles"
  for i in $(seq 1 "$people"); do
    echo "Persona $i,persona$i@carga.example,${departments[$((i % ${#departments[@]}))]},,EMPLOYEE"
  done
} > "$work/people.csv"

seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }

admin="$work/admin"
sign_in "$admin" admin@demo.atiende
page=$(curl -s -b "$admin" -c "$admin" "$base/admin/import.xhtml")
started=$(date +%s%N)
curl -s -o "$work/import.html" -b "$admin" -c "$admin" -F import=import \
    -F "jakarta.faces.ViewState=$(field 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' <<<"$page")" \
    -F "primefaces.nonce=$(field 'nonce="[^"]*"' <<<"$page")" \
    -F "import:file=@$work/people.csv;type=text/csv" -F "import:upload=" "$base/admin/import.xhtml"
imported=$(( $(date +%s%N) - started ))
grep -q "Importadas" "$work/import.html" || { echo "the import was refused" >&2; exit 1; }

hr="$work/hr"
sign_in "$hr" rrhh@demo.atiende
page=$(curl -s -b "$hr" -c "$hr" "$base/hr/tokens.xhtml")
token=$(curl -s -b "$hr" -c "$hr" \
    --data-urlencode "jakarta.faces.ViewState=$(field 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' <<<"$page")" \
    --data-urlencode "primefaces.nonce=$(field 'nonce="[^"]*"' <<<"$page")" \
    --data-urlencode tokens=tokens --data-urlencode "tokens:label=bench" \
    --data-urlencode "tokens:scopes=assignments:write" --data-urlencode "tokens:scopes=reports:read" \
    --data-urlencode "tokens:days=1" --data-urlencode "tokens:create=" "$base/hr/tokens.xhtml" \
    | grep -o 'atd_[A-Za-z0-9_-]*' | head -1)
[ -n "$token" ] || { echo "could not create an API token" >&2; exit 1; }

order() { # due-day: the seconds the order took, and what it did
  local answer
  answer=$(curl -s -w ' %{time_total}' -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
      -d "{\"course\":\"escucha-empatia\",\"dueOn\":\"$1\",\"everyone\":true}" "$base/api/v1/assignments")
  grep -q '"people"' <<<"$answer" || { echo "order refused: $answer" >&2; exit 1; }
  echo "${answer##* } s  $(grep -o '"alreadyDue":[0-9]*\|"dueDateSet":[0-9]*\|"enrolled":[0-9]*' <<<"$answer" | tr '\n' ' ')"
}
due=$(date -d '+60 days' +%F)
moved=$(date -d '+90 days' +%F)
echo "assignments on $db, $people people imported in $(seconds "$imported") s"
echo "order for everyone:        $(order "$due")"
echo "the same order again:      $(order "$due")"
echo "the date moved:            $(order "$moved")"

times=()
for i in $(seq 1 $((runs + 10))); do
  t=$(curl -s -o /dev/null -w '%{time_total}' -b "$hr" "$base/hr/assignments.xhtml")
  [ "$i" -gt 10 ] && times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 * 1000 } END {
  printf "HR assignments page:       median %.0f ms, p90 %.0f ms (%d loads)\n", v[int((NR + 1) / 2)], v[int(NR * 0.9)], NR }'
csv=$(curl -s -o "$work/assignments.csv" -w '%{time_total}' -b "$hr" "$base/hr/assignments.csv")
echo "CSV of every assignment:   $csv s, $(($(wc -l < "$work/assignments.csv") - 1)) rows"
