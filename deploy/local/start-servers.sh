#!/usr/bin/env bash
# Starts the servers the tests need, isolated and on free loopback ports:
#   - a RabbitMQ node of its own (Debian's rabbitmq-server, installed if missing and we are root),
#   - a MongoDB-wire server: ConnectionStrings__Mongo if set, else a real mongod on PATH, else jongodb.
# Writes the connection strings to .local/servers.env (or $TIMELINE_STATE_DIR/servers.env; source it) and prints them.
# Stop them again with deploy/local/stop-servers.sh.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
state="${TIMELINE_STATE_DIR:-$root/.local}"
mkdir -p "$state"
env_file="$state/servers.env"
: > "$env_file"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

log() { echo "[servers] $*" >&2; }

start_rabbitmq() {
  if ! command -v rabbitmq-server >/dev/null 2>&1 && [ ! -x /usr/sbin/rabbitmq-server ]; then
    if [ "$(id -u)" -ne 0 ]; then
      log "rabbitmq-server is not installed; install Debian's package: sudo apt-get install -y rabbitmq-server"
      exit 1
    fi
    log "installing rabbitmq-server"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi

  local port dist mgmt name dir
  port=$(free_port); dist=$(free_port); mgmt=$(free_port)
  name="timeline-test-$port@localhost"
  dir="$state/rabbitmq-$port"
  mkdir -p "$dir/mnesia" "$dir/log"
  cat > "$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$port
management.tcp.port = $mgmt
management.tcp.ip = 127.0.0.1
disk_free_limit.absolute = 50MB
loopback_users = none
CONF
  echo "[rabbitmq_management]." > "$dir/enabled_plugins"
  if id rabbitmq >/dev/null 2>&1; then chown -R rabbitmq:rabbitmq "$dir"; fi

  export RABBITMQ_NODENAME="$name" RABBITMQ_DIST_PORT="$dist" RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log" \
         RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf"
  /usr/sbin/rabbitmq-server -detached
  local deadline=$((SECONDS + 60))
  until /usr/sbin/rabbitmqctl -q -n "$name" await_startup >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      log "RabbitMQ node $name did not start; its log is in $dir/log"
      exit 1
    fi
    sleep 1
  done
  local password
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  /usr/sbin/rabbitmqctl -q -n "$name" add_user timeline "$password" >/dev/null
  /usr/sbin/rabbitmqctl -q -n "$name" set_permissions -p / timeline ".*" ".*" ".*" >/dev/null
  /usr/sbin/rabbitmqctl -q -n "$name" set_user_tags timeline administrator >/dev/null
  /usr/sbin/rabbitmqctl -q -n "$name" delete_user guest >/dev/null 2>&1 || true
  {
    echo "export TIMELINE_RABBITMQ_NODE='$name'"
    echo "export ConnectionStrings__RabbitMq='amqp://timeline:$password@127.0.0.1:$port/'"
    echo "export TIMELINE_RABBITMQ_MANAGEMENT='http://127.0.0.1:$mgmt/'"
    # What starting the same node again needs (the fault tests kill it with -9 and bring it back).
    echo "export TIMELINE_RABBITMQ_DIR='$dir'"
    echo "export TIMELINE_RABBITMQ_DIST_PORT='$dist'"
  } >> "$env_file"
  log "RabbitMQ node $name on 127.0.0.1:$port (management on $mgmt)"
}

start_mongo() {
  if [ -n "${ConnectionStrings__Mongo:-}" ]; then
    echo "export ConnectionStrings__Mongo='$ConnectionStrings__Mongo'" >> "$env_file"
    log "MongoDB given: $ConnectionStrings__Mongo"
    return
  fi
  local port
  port=$(free_port)
  if command -v mongod >/dev/null 2>&1; then
    local dir="$state/mongod-$port"
    mkdir -p "$dir"
    mongod --bind_ip 127.0.0.1 --port "$port" --dbpath "$dir" --fork --logpath "$dir/mongod.log" >/dev/null
    echo "export TIMELINE_MONGOD_DBPATH='$dir'" >> "$env_file"
    echo "export ConnectionStrings__Mongo='mongodb://127.0.0.1:$port/timeline'" >> "$env_file"
    log "mongod on 127.0.0.1:$port"
    return
  fi
  # jongodb: an in-memory MongoDB-wire test server from npm, pinned.
  local prefix="$state/jongodb"
  local bin="$prefix/node_modules/@jongodb/memory-server-bin-linux-x64-gnu/bin/jongodb"
  if [ ! -x "$bin" ]; then
    log "installing jongodb 0.1.6 from npm"
    npm install --silent --no-audit --no-fund --prefix "$prefix" @jongodb/memory-server-bin-linux-x64-gnu@0.1.6 >/dev/null
  fi
  local out="$state/jongodb-$port.out"
  nohup "$bin" --host=127.0.0.1 --port="$port" --database=timeline > "$out" 2>&1 &
  local pid=$!
  local deadline=$((SECONDS + 30))
  until grep -q '^JONGODB_URI=' "$out" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "jongodb did not start:"; cat "$out" >&2; exit 1
    fi
    sleep 0.2
  done
  echo "export TIMELINE_JONGODB_PID='$pid'" >> "$env_file"
  echo "export ConnectionStrings__Mongo='mongodb://127.0.0.1:$port/timeline'" >> "$env_file"
  log "jongodb (MongoDB wire protocol, in memory) on 127.0.0.1:$port"
}

start_rabbitmq
start_mongo
cat "$env_file" | grep ConnectionStrings
