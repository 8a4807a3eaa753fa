#!/usr/bin/env bash
# Stops what deploy/local/start-servers.sh started, as recorded in .local/servers.env.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
env_file="${TIMELINE_STATE_DIR:-$root/.local}/servers.env"
[ -f "$env_file" ] || exit 0
# shellcheck disable=SC1090
source "$env_file"

if [ -n "${TIMELINE_RABBITMQ_NODE:-}" ]; then
  /usr/sbin/rabbitmqctl -q -n "$TIMELINE_RABBITMQ_NODE" stop >/dev/null 2>&1 || true
fi
if [ -n "${TIMELINE_JONGODB_PID:-}" ]; then
  kill "$TIMELINE_JONGODB_PID" 2>/dev/null || true
fi
if [ -n "${TIMELINE_MONGOD_DBPATH:-}" ]; then
  mongod --dbpath "$TIMELINE_MONGOD_DBPATH" --shutdown >/dev/null 2>&1 || true
fi
rm -f "$env_file"
echo "[servers] stopped" >&2
