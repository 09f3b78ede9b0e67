#!/usr/bin/env bash
# A throwaway two-shard ClickHouse cluster on loopback, for the tests, CI and the benchmark.
#
#   scripts/clickhouse/cluster.sh start [DIR]   installs clickhouse-server/-client from Debian if missing, starts two
#                                               servers (not the system service) with their data, tmp and logs under
#                                               DIR (default: a new temp dir), waits until both answer, and prints DIR.
#                                               DIR/cluster.env holds the ports and PIDs (shell syntax).
#   scripts/clickhouse/cluster.sh stop DIR      stops those two servers by their own PIDs and removes DIR.
#
# Each server has its own config file, its own tcp/http/interserver ports (free ones, picked at start) and declares
# the same `remote_servers` cluster of both ("resurgence"), so a Distributed table on either node sees both shards.
# CLICKHOUSE_TASKSET="0 1" pins node 1 to core 0 and node 2 to core 1 (the benchmark uses it).
set -euo pipefail

CLUSTER_NAME=resurgence

die() { echo "cluster.sh: $*" >&2; exit 1; }

install_if_missing() {
  if command -v clickhouse-server >/dev/null && command -v clickhouse-client >/dev/null; then return; fi
  [ "$(id -u)" = 0 ] || die "clickhouse-server is not installed and installing it needs root: apt-get install -y clickhouse-server clickhouse-client"
  echo "cluster.sh: installing clickhouse-server and clickhouse-client from Debian" >&2
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clickhouse-server clickhouse-client >&2
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Three consecutive free ports starting at a random base.
free_ports() {
  local tries=0 base
  while [ $tries -lt 50 ]; do
    base=$((20000 + RANDOM % 30000))
    if port_free "$base" && port_free $((base + 1)) && port_free $((base + 2)); then echo "$base"; return; fi
    tries=$((tries + 1))
  done
  die "no free ports found on 127.0.0.1"
}

write_config() { # dir http tcp interserver tcp1 tcp2
  local dir=$1 http=$2 tcp=$3 inter=$4 tcp1=$5 tcp2=$6
  mkdir -p "$dir/data" "$dir/tmp" "$dir/log" "$dir/user_files" "$dir/format_schemas"
  cat >"$dir/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>$dir/log/clickhouse-server.log</log>
    <errorlog>$dir/log/clickhouse-server.err.log</errorlog>
    <size>10M</size>
    <count>2</count>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$http</http_port>
  <tcp_port>$tcp</tcp_port>
  <interserver_http_port>$inter</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>$dir/data/</path>
  <tmp_path>$dir/tmp/</tmp_path>
  <user_files_path>$dir/user_files/</user_files_path>
  <format_schema_path>$dir/format_schemas/</format_schema_path>
  <users_config>$dir/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>536870912</mark_cache_size>
  <uncompressed_cache_size>536870912</uncompressed_cache_size>
  <max_concurrent_queries>100</max_concurrent_queries>
  <remote_servers>
    <$CLUSTER_NAME>
      <shard><replica><host>127.0.0.1</host><port>$tcp1</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$tcp2</port></replica></shard>
    </$CLUSTER_NAME>
  </remote_servers>
</yandex>
EOF
  cat >"$dir/users.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>8000000000</max_memory_usage></default></profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
EOF
}

wait_ready() { # tcp port, pid, dir
  local i
  for i in $(seq 1 150); do
    if clickhouse-client --host 127.0.0.1 --port "$1" --query "SELECT 1" >/dev/null 2>&1; then return 0; fi
    kill -0 "$2" 2>/dev/null || { tail -20 "$3/log/clickhouse-server.err.log" >&2 || true; die "the server in $3 exited while starting"; }
    sleep 0.1
  done
  tail -20 "$3/log/clickhouse-server.err.log" >&2 || true
  die "the server in $3 did not answer within 15 s"
}

start() {
  install_if_missing
  local root=${1:-}
  if [ -z "$root" ]; then root=$(mktemp -d "${TMPDIR:-/tmp}/resurgence-clickhouse.XXXXXX"); fi
  mkdir -p "$root"
  local p1 p2
  p1=$(free_ports)
  p2=$(free_ports)
  [ "$p1" != "$p2" ] || p2=$((p1 + 3))
  local -a cores=(${CLICKHOUSE_TASKSET:-})
  local n http tcp inter pid dir
  : >"$root/cluster.env"
  for n in 1 2; do
    if [ "$n" = 1 ]; then http=$p1; else http=$p2; fi
    tcp=$((http + 1))
    inter=$((http + 2))
    dir="$root/node$n"
    write_config "$dir" "$http" "$tcp" "$inter" $((p1 + 1)) $((p2 + 1))
    local -a pin=()
    if [ ${#cores[@]} -ge "$n" ]; then pin=(taskset -c "${cores[$((n - 1))]}"); fi
    # setsid: the servers outlive this script and the test process that ran it; they are stopped by PID.
    setsid "${pin[@]}" clickhouse-server --config-file="$dir/config.xml" >"$dir/log/stdout.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$dir/pid"
    {
      echo "CLICKHOUSE_NODE${n}_HTTP=$http"
      echo "CLICKHOUSE_NODE${n}_TCP=$tcp"
      echo "CLICKHOUSE_NODE${n}_PID=$pid"
    } >>"$root/cluster.env"
  done
  echo "CLICKHOUSE_CLUSTER=$CLUSTER_NAME" >>"$root/cluster.env"
  for n in 1 2; do
    # shellcheck disable=SC1091
    . "$root/cluster.env"
    tcp_var="CLICKHOUSE_NODE${n}_TCP"
    pid_var="CLICKHOUSE_NODE${n}_PID"
    wait_ready "${!tcp_var}" "${!pid_var}" "$root/node$n" || { stop "$root"; exit 1; }
  done
  echo "$root"
}

stop() {
  local root=${1:-}
  [ -n "$root" ] && [ -d "$root" ] || die "stop needs the directory start printed"
  local f pid i
  for f in "$root"/node*/pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  # Only ever remove what start created: a dir holding our cluster.env.
  [ -f "$root/cluster.env" ] && rm -rf "$root"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  install) install_if_missing ;;
  *) die "usage: cluster.sh start [DIR] | stop DIR | install" ;;
esac
