#!/bin/sh
# Builds OrePass if needed and starts it at http://localhost:8080 (README, Quick start, first command).
# Without SPRING_DATASOURCE_URL it runs in demo mode on an embedded PostgreSQL whose data stays in ./data.
#
# Start-up speed: the jar is unpacked and a class-data-sharing archive is recorded once (a training run), so
# later starts load classes from that archive: about 13 s instead of 20 s on a 2-core machine. Any Java 17+
# runs it; "java -jar platform-web/target/orepass.jar" works too, only slower.
set -eu
cd "$(dirname "$0")"
jar=platform-web/target/orepass.jar
app=platform-web/target/app

if [ ! -f "$jar" ] || [ -n "$(find platform-core platform-persistence db-migrations platform-web/src pom.xml \
      -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  # The formatting check belongs to the test build (docs/testing.md), not to starting the platform.
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi

if [ ! -f "$app/orepass.jsa" ] || [ "$jar" -nt "$app/orepass.jsa" ]; then
  echo "Preparing a faster start-up (once per build)..."
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  # The training run starts the platform up to a ready context, then exits, recording the classes it loaded.
  java -XX:ArchiveClassesAtExit="$app/orepass.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/orepass.jar" --logging.level.root=WARN "$@" >/dev/null 2>&1 || rm -f "$app/orepass.jsa"
  # (An embedded PostgreSQL the training run leaves behind is stopped by the platform when it starts.)
fi

if [ -f "$app/orepass.jsa" ]; then
  exec java -XX:SharedArchiveFile="$app/orepass.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app/orepass.jar" "$@"
else
  exec java -jar "$jar" "$@"
fi
