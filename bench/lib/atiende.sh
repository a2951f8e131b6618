# Shared by the bench scripts (sourced, not run): start the built WAR on Payara Micro on a free loopback port with
# the run command's settings, sign learners in as a browser would, enrol one in the first course. The caller sets
# `set -euo pipefail` and runs from the repository root.

# prepare_bench: builds (unless BENCH_SKIP_BUILD=1) and makes $work, a temporary directory removed on exit with the
# server and the database.
prepare_bench() {
  [ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -q install -DskipTests
  work="$(mktemp -d)"
  trap 'stop_atiende; rm -rf "$work"' EXIT
}

# start_atiende h2|postgresql war [java options...]: starts the server in the background; sets $server (its pid),
# $base (its address) and $database (a PostgreSQL database made for the run, dropped by stop_atiende).
start_atiende() {
  local db="$1" war="$2"; shift 2
  local options
  database=""
  case "$db" in
    h2) options=(-Datiende.db.url="jdbc:h2:file:$work/data/atiende") ;;
    postgresql)
      database="atiende_bench_$$"
      psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $database"
      options=(-Datiende.db.datasource=org.postgresql.ds.PGSimpleDataSource
               -Datiende.db.url="jdbc:postgresql://127.0.0.1:5432/$database" -Datiende.db.user=postgres) ;;
    *) echo "unknown database: $db (h2 or postgresql)" >&2; return 2 ;;
  esac
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  { cat course-web/target/payara-micro.asadmin
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
  } > "$work/boot.asadmin"
  java -Xms1g -Xmx1g "$@" "${options[@]}" -Datiende.demo=true -Datiende.public.url="$base/" \
      -jar course-web/target/payara-micro.jar --deploy "$war" --contextroot / \
      --port "$port" --maxhttpthreads "${BENCH_HTTP_THREADS:-4}" --nocluster --prebootcommandfile "$work/boot.asadmin" \
      > "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do
    grep -q "Atiende is ready" "$work/server.log" && break
    kill -0 "$server" 2>/dev/null || { tail -30 "$work/server.log"; return 1; }
    sleep 1
  done
  grep -q "Atiende is ready" "$work/server.log" || { echo "server did not start" >&2; return 1; }
  # The line comes just before Payara Micro finishes starting, and the first page answered 0.8 s after it in one
  # measurement; a sign-in sent at once once found no page and the run stopped with nothing to measure. The
  # readiness check answers only when the application does.
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null "$base/health/ready" && break
    sleep 1
  done
  curl -sf -o /dev/null "$base/health/ready" || { echo "server not ready" >&2; return 1; }
}

stop_atiende() {
  if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "${database:-}" ]; then
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null
  fi
}

# A Faces form post as the browser sends it: the page's view state and CSP nonce, then the fields given.
field() { grep -o "$1" | head -1 | sed 's/.*="\([^"]*\)"$/\1/'; }
post() { # jar path page-html field=value...
  local jar="$1" path="$2" page="$3"; shift 3
  local args=(--data-urlencode "jakarta.faces.ViewState=$(field 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' <<<"$page")"
              --data-urlencode "primefaces.nonce=$(field 'nonce="[^"]*"' <<<"$page")")
  for pair in "$@"; do args+=(--data-urlencode "$pair"); done
  curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" "${args[@]}" "$base$path"
}
sign_in() { # jar [e-mail of a demo account]
  local page; page=$(curl -s -b "$1" -c "$1" "$base/login.xhtml")
  post "$1" /login.xhtml "$page" signIn=signIn "signIn:email=${2:-empleada@demo.atiende}" \
      signIn:password=Atiende-demo-2026 signIn:continueTo= signIn:submit= >/dev/null
}
session_cookie() { # jar: the session cookie as a Cookie header's value
  grep -o 'ATIENDE_SESSION[[:space:]]*[^[:space:]]*$' "$1" | awk '{print $1 "=" $2}'
}

# enrol_in_first_course jar: the signed-in learner enrols in the catalogue's first course and starts its first
# role-play; sets $course_url, $lesson_path (its first lesson) and $player_path (the role-play's first step).
enrol_in_first_course() {
  local jar="$1" catalog course_page
  catalog=$(curl -s -b "$jar" -c "$jar" "$base/learner/catalog.xhtml")
  course_url=$(post "$jar" /learner/catalog.xhtml "$catalog" catalog=catalog \
      "$(field 'name="catalog:[^"]*:enrol"' <<<"$catalog")=")
  course_page=$(curl -s -b "$jar" -c "$jar" "$course_url")
  lesson_path=$(grep -o 'href="/learner/lesson\.xhtml?[^"]*"' <<<"$course_page" | head -1 | sed 's/^href="//; s/"$//; s/&amp;/\&/g')
  player_path=$(post "$jar" /learner/course.xhtml "$course_page" course=course \
      "$(field 'name="course:[^"]*:play"' <<<"$course_page")=")
  player_path="${player_path#"$base"}"
}
