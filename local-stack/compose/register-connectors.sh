#!/usr/bin/env bash
# Registers each connector file in /connectors with the Connect worker at SHOP_CONNECT_URL and
# waits until it runs: the same files, read the same way, as the local stack's ConnectWorker.
# The files hold ${env:...} references only, which the worker resolves from its own environment.
#
# A file is {"name": ..., "config": {...}}, named after its connector (ComposeFileTest checks
# both), so the config is what follows "config": up to the file's last brace; this image has
# no JSON tool. PUT creates a connector or updates it, so running this again is harmless.
set -euo pipefail

config_of() {
  tr '\n' ' ' <"$1" \
    | sed -e 's/^[^{]*{[^{]*"config"[[:space:]]*:[[:space:]]*//' -e 's/}[[:space:]]*$//'
}

register() {
  local response
  if ! response="$(curl -sS --fail-with-body -X PUT -H 'Content-Type: application/json' \
    --data-binary "$2" "$SHOP_CONNECT_URL/connectors/$1/config")"; then
    echo "register-connectors: Connect refused $1: $response" >&2
    return 1
  fi
}

# Running means the connector and each of its tasks, of which there is at least one.
is_running() {
  local states
  states="$(grep -o '"state":"[A-Z_]*"' <<<"$1" | sort -u)"
  [[ "$states" == '"state":"RUNNING"' ]] && grep -q '"tasks":\[{' <<<"$1"
}

await_running() {
  local status=""
  for _ in $(seq 1 60); do
    status="$(curl -sS "$SHOP_CONNECT_URL/connectors/$1/status" || true)"
    if is_running "$status"; then
      echo "register-connectors: $1 is running"
      return 0
    fi
    if grep -q '"state":"FAILED"' <<<"$status"; then
      break
    fi
    sleep 1
  done
  echo "register-connectors: $1 is not running: $status" >&2
  return 1
}

for file in /connectors/*.json; do
  name="$(basename "$file" .json)"
  register "$name" "$(config_of "$file")"
  await_running "$name"
done
