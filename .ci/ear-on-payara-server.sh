#!/usr/bin/env bash
# Deploys ear/target/atiende.ear on a throw-away Payara Server domain (distribution zip from Maven Central,
# same version as Payara Micro) with Payara Micro's settings, and checks the home page (compressed) and readiness.
# Listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

ear=ear/target/atiende.ear
[ -f "$ear" ] || { echo "ear-smoke: $ear is missing: build first (mvn install)"; exit 1; }
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
work=ear/target/payara-server
domain=atiende-smoke
http_port=28080

rm -rf "$work"
mvn -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:${version}:zip" -DoutputDirectory="$work" -Dmdep.stripVersion=true
unzip -q "$work/payara.zip" -d "$work"
asadmin="$work/payara6/bin/asadmin"

stop() { "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true; }
trap stop EXIT

"$asadmin" create-domain --nopassword --portbase 28000 "$domain" >/dev/null
"$asadmin" start-domain "$domain" >/dev/null
admin=(--port 28048)
"$asadmin" "${admin[@]}" set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.address=127.0.0.1 >/dev/null
"$asadmin" "${admin[@]}" set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-2.address=127.0.0.1 >/dev/null
"$asadmin" "${admin[@]}" set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1 >/dev/null
# Payara Micro's settings (README, "Tuning"), for the server's listener: its protocol is http-listener-1.
grep '^set ' course-web/src/main/payara/payara-micro.asadmin | sed 's/^set //; s/protocol\.http-listener\./protocol.http-listener-1./' |
  while read -r setting; do "$asadmin" "${admin[@]}" set "$setting" >/dev/null; done
"$asadmin" restart-domain "$domain" >/dev/null
"$asadmin" "${admin[@]}" deploy --name atiende "$ear"

fail() { echo "ear-smoke: $1"; tail -n 80 "$work/payara6/glassfish/domains/$domain/logs/server.log"; exit 1; }
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:${http_port}/health/ready" >/dev/null 2>&1 && break
  sleep 2
done
ready=$(curl -sS "http://127.0.0.1:${http_port}/health/ready") || fail "readiness did not answer"
echo "$ready" | grep -q '"status":"UP"' || fail "not ready: $ready"
home=$(curl -sS -H 'Accept-Language: es' -w '\n%{http_code}' "http://127.0.0.1:${http_port}/") || fail "home page did not answer"
[ "$(echo "$home" | tail -1)" = 200 ] || fail "home page status $(echo "$home" | tail -1)"
echo "$home" | grep -q '<title>Aprender a atender · Atiende</title>' || fail "home page is not Atiende's"
encoding=$(curl -sS -o /dev/null -H 'Accept-Encoding: gzip' -w '%header{content-encoding}' "http://127.0.0.1:${http_port}/") ||
  fail "home page did not answer"
[ "$encoding" = gzip ] || fail "home page not compressed (Content-Encoding: '$encoding')"
echo "ear-smoke: atiende.ear deployed on Payara Server ${version}: home page 200, gzip, ready: $ready"
