#!/usr/bin/env bash
# Cradle deploy smoke test: the production process layout started by hand, without systemd or Docker, in production
# mode (CRADLE_ENV=production with fresh random secrets; it also checks that the guard refuses a demo secret).
#
#   deploy/smoke.sh                                 # PostgreSQL + Redis on this host, Celery eager
#   CRADLE_BROKER_URL=amqp://guest:guest@127.0.0.1:5672// deploy/smoke.sh   # + Celery worker and beat
#
# It creates its own fresh PostgreSQL database next to SMOKE_PG (default postgres://postgres@127.0.0.1:5432/test),
# migrates it, loads the demo data, starts the API with 2 Sanic workers (and a Celery worker and beat when a
# broker is given), checks health, readiness, login, a stock lookup, an order (and its idempotent retry), the
# request id and /metrics, then stops every process it started, drops its database and deletes its Redis keys.
# Exit status 0 means every check passed. SMOKE_KEEP=1 leaves the database and logs for inspection.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PY:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
SMOKE_PG="${SMOKE_PG:-${CRADLE_TEST_PG:-postgres://postgres@127.0.0.1:5432/test}}"
SMOKE_REDIS="${SMOKE_REDIS:-${CRADLE_TEST_REDIS:-redis://127.0.0.1:6379/0}}"
RUN="smoke_$(date +%s)_$$"
DB_NAME="cradle_${RUN}"
DB_URL="${SMOKE_PG%/*}/${DB_NAME}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cradle-${RUN}.XXXX")"
PIDS=()
FAILED=0

say() { printf '[smoke] %s\n' "$*"; }
fail() { say "FAIL: $*"; FAILED=1; exit 1; }

psql_admin() { psql -qAt "$SMOKE_PG" -v ON_ERROR_STOP=1 -c "$1"; }

cleanup() {
  local rc=$?
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] || continue
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] || continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  done
  if [ "$rc" -ne 0 ] || [ "$FAILED" -ne 0 ]; then
    for log in "$WORK"/*.log; do [ -f "$log" ] && { say "--- tail of $(basename "$log")"; tail -n 40 "$log"; }; done
  fi
  if [ "${SMOKE_KEEP:-0}" != "1" ]; then
    psql_admin "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" || true
    "$PY" - "$SMOKE_REDIS" "cradle-${RUN}:" <<'PYEOF' || true
import sys, redis
r = redis.Redis.from_url(sys.argv[1])
for k in r.scan_iter(match=sys.argv[2] + "*", count=500):
    r.delete(k)
PYEOF
    if [[ "${CRADLE_BROKER_URL:-}" == amqp* ]]; then
      "$PY" - "$CRADLE_BROKER_URL" "$CRADLE_CELERY_QUEUE" <<'PYEOF' || true
import sys
from kombu import Connection
with Connection(sys.argv[1], connect_timeout=3) as conn:
    conn.default_channel.queue_delete(sys.argv[2])  # this run's task queue
PYEOF
    fi
    rm -rf "$WORK"
  else
    say "kept: database $DB_NAME, logs in $WORK"
  fi
  [ "$rc" -eq 0 ] && say "stopped everything, database dropped"
  exit "$rc"
}
trap cleanup EXIT INT TERM

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
json() { "$PY" -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

PORT="${SMOKE_PORT:-$(free_port)}"
BASE="http://127.0.0.1:${PORT}"
export CRADLE_DB_URL="$DB_URL" CRADLE_REDIS_URL="$SMOKE_REDIS" CRADLE_REDIS_PREFIX="cradle-${RUN}:"
export CRADLE_CELERY_PREFIX="cradle-${RUN}:" CRADLE_CELERY_QUEUE="cradle-${RUN}"
export CRADLE_PORT="$PORT" CRADLE_HOST=127.0.0.1 CRADLE_PUBLIC_BASE_URL="$BASE"
export CRADLE_LOG_FORMAT=json PROMETHEUS_MULTIPROC_DIR="$WORK/prom"
mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
# Production mode, as deployed: the guard refuses demo or placeholder secrets, so every secret is fresh and random,
# the account ids are not the demo's, and the WeChat Pay merchant certificate is a (self-signed) PEM pair.
rand() { "$PY" -c "import secrets,sys; print(secrets.token_hex(int(sys.argv[1])))" "$1"; }
export CRADLE_ENV=production CRADLE_FAKES=0
export CRADLE_JWT_SECRET="$(rand 32)" CRADLE_FIELD_KEY="$(rand 32)"
export CRADLE_WECOM_CORP_ID="ww$(rand 8)" CRADLE_WECOM_TOKEN="$(rand 12)" CRADLE_WECOM_SECRET="$(rand 22)"
export CRADLE_WECOM_AES_KEY="$("$PY" -c 'import base64,secrets; print(base64.b64encode(secrets.token_bytes(32)).decode()[:43])')"
export CRADLE_WECHAT_APPID="wx$(rand 8)" CRADLE_WECHAT_SECRET="$(rand 16)" CRADLE_WECHAT_MCH_ID="16$(date +%s | tail -c 9)"
export CRADLE_WECHAT_MCH_KEY="$(rand 16)"
export CRADLE_WECHAT_MCH_CERT="$WORK/apiclient_cert.pem" CRADLE_WECHAT_MCH_CERT_KEY="$WORK/apiclient_key.pem"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=cradle-smoke" -keyout "$CRADLE_WECHAT_MCH_CERT_KEY" \
  -out "$CRADLE_WECHAT_MCH_CERT" >/dev/null 2>&1 || fail "openssl could not make the merchant certificate"

say "database $DB_NAME on ${SMOKE_PG%/*}, Redis $SMOKE_REDIS, broker ${CRADLE_BROKER_URL:-none (Celery eager)}"
psql_admin "CREATE DATABASE \"$DB_NAME\""

say "migrate"
"$PY" -m backend.manage migrate >"$WORK/migrate.log" 2>&1 || fail "migrate"
"$PY" -m backend.schema_check >"$WORK/schema.log" 2>&1 || { cat "$WORK/schema.log"; fail "the migrations are behind the models (make migrations)"; }

say "demo data"
"$PY" -m backend.manage demo --size small >"$WORK/demo.log" 2>&1 || fail "demo load"

# The demo's marketplace shops point at the local fakes, which production refuses: take them out of service.
psql -qAt "$DB_URL" -v ON_ERROR_STOP=1 -c "UPDATE channel_accounts SET is_active = false" >/dev/null \
  || fail "could not deactivate the demo shops"

say "production guard refuses a demo secret"
guard_code=0
CRADLE_JWT_SECRET=cradle-dev-secret-change-me "$PY" -m backend.manage serve >"$WORK/guard.log" 2>&1 || guard_code=$?
[ "$guard_code" = 2 ] && grep -q "CRADLE_JWT_SECRET is the published demo value" "$WORK/guard.log" \
  || fail "the API started with the demo JWT secret in production mode (exit $guard_code)"

say "API on $BASE with 2 workers (production mode)"
setsid "$PY" -m backend.manage serve --workers 2 >"$WORK/api.log" 2>&1 &
PIDS+=("$!")
if [ -n "${CRADLE_BROKER_URL:-}" ]; then
  say "Celery worker and beat"
  setsid "$PY" -m celery -A backend.tasks.worker worker -Q "$CRADLE_CELERY_QUEUE" --concurrency 2 \
    --hostname "smoke-${RUN}@%h" --loglevel INFO >"$WORK/worker.log" 2>&1 &
  PIDS+=("$!")
  setsid "$PY" -m celery -A backend.tasks.worker beat --schedule "$WORK/beat-schedule" \
    --loglevel INFO >"$WORK/beat.log" 2>&1 &
  PIDS+=("$!")
fi

for _ in $(seq 1 100); do
  curl -fsS "$BASE/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.2
done

# --- checks ------------------------------------------------------------------------------------------
health="$(curl -sS "$BASE/api/v1/health")"
[ "$health" = '{"status":"ok"}' ] || fail "health answered: $health"
say "health ok: $health"

ready_code="$(curl -sS -o "$WORK/ready.json" -w '%{http_code}' "$BASE/api/v1/ready")"
[ "$ready_code" = 200 ] || fail "ready answered $ready_code: $(cat "$WORK/ready.json")"
if [ -n "${CRADLE_BROKER_URL:-}" ]; then
  [ "$(json 'd["checks"]["broker"]' <"$WORK/ready.json")" = ok ] || fail "broker not ready"
fi
say "ready ok: $(cat "$WORK/ready.json")"

login="$(curl -sS -H 'Content-Type: application/json' -d '{"username":"admin","password":"cradle123"}' \
  "$BASE/api/v1/auth/login")"
TOKEN="$(printf '%s' "$login" | json 'd["access_token"]')" || fail "login answered: $login"
say "login ok (admin)"

read -r SKU STORE <<<"$(psql -qAt -F ' ' "$DB_URL" -c "SELECT k.code, l.code FROM stocks s
  JOIN skus k ON k.id = s.sku_id JOIN locations l ON l.id = s.location_id
  WHERE l.kind = 'store' GROUP BY k.code, l.code HAVING SUM(s.on_hand - s.reserved) >= 2
  ORDER BY 1, 2 LIMIT 1")"
[ -n "$SKU" ] || fail "no store stock in the demo data"
before="$(curl -sS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/stock?sku_code=$SKU" \
  | json "sum(l['available'] for l in d['locations'] if l['location_code']=='$STORE')")"
say "stock ok: $SKU at $STORE available $before"

BODY="{\"channel\":\"pos\",\"location_code\":\"$STORE\",\"items\":[{\"sku_code\":\"$SKU\",\"qty\":1}]}"
KEY="smoke-$RUN"
code="$(curl -sS -o "$WORK/order1.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $KEY" -H "X-Request-ID: $RUN" -D "$WORK/order1.h" \
  -d "$BODY" "$BASE/api/v1/orders")"
[ "$code" = 201 ] || fail "order answered $code: $(cat "$WORK/order1.json")"
grep -qi "^x-request-id: $RUN" "$WORK/order1.h" || fail "X-Request-ID not echoed"
ORDER_ID="$(json 'd["order"]["id"]' <"$WORK/order1.json")"
code="$(curl -sS -o "$WORK/order2.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $KEY" -d "$BODY" "$BASE/api/v1/orders")"
[ "$(json 'd["order"]["id"]' <"$WORK/order2.json")" = "$ORDER_ID" ] || fail "idempotent retry made a new order ($code)"
after="$(curl -sS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/stock?sku_code=$SKU" \
  | json "sum(l['available'] for l in d['locations'] if l['location_code']=='$STORE')")"
[ "$after" -eq $((before - 1)) ] || fail "available went $before -> $after for one unit"
say "order ok: id $ORDER_ID, retry answered the same order, available $before -> $after"

grep -q "\"request_id\": \"$RUN\"" "$WORK/api.log" || fail "no JSON log line with the request id"
say "JSON log carries the request id"

curl -sS "$BASE/metrics" >"$WORK/metrics.txt"
grep -q '^cradle_orders_placed_total{route="/api/v1/orders"} [1-9]' "$WORK/metrics.txt" || fail "orders counter"
grep -q 'cradle_http_request_duration_seconds_bucket{.*route="/api/v1/health"' "$WORK/metrics.txt" \
  || fail "latency histogram"
grep -q '^cradle_outbox_depth ' "$WORK/metrics.txt" || fail "outbox gauge"
grep -q '^cradle_dead_letters_open ' "$WORK/metrics.txt" || fail "dead-letter gauge"
say "metrics ok: $(grep -c '^cradle_' "$WORK/metrics.txt") cradle samples"

if [ -n "${CRADLE_BROKER_URL:-}" ]; then
  for _ in $(seq 1 50); do grep -q 'ready' "$WORK/worker.log" && break; sleep 0.2; done
  grep -q 'ready' "$WORK/worker.log" || fail "Celery worker did not come up"
  for _ in $(seq 1 50); do grep -q 'cradle.periodic' "$WORK/worker.log" && break; sleep 0.2; done
  grep -q 'cradle.periodic' "$WORK/worker.log" || fail "no periodic job reached the worker from beat"
  say "Celery worker ready, beat's periodic jobs arrive"
fi

say "PASS"
