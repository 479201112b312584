#!/usr/bin/env bash
# Creates every topic of the system that does not exist yet, as the local stack does: the broker
# creates none by itself, so a misspelt channel fails instead of writing where nobody reads.
# TOPICS (separated by white space), PARTITIONS and BOOTSTRAP_SERVERS come from docker-compose.yml.
set -euo pipefail

kafka_topics() {
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" "$@"
}

existing="$(kafka_topics --list)"
for topic in $TOPICS; do
  if grep -qxF "$topic" <<<"$existing"; then
    continue
  fi
  kafka_topics --create --if-not-exists --topic "$topic" \
    --partitions "$PARTITIONS" --replication-factor 1
done
echo "create-topics: $(wc -w <<<"$TOPICS") topics present"
