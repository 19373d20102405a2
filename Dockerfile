# Build and run OrePass. docker compose up uses this with a PostgreSQL 17 container (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY platform-core platform-core
COPY platform-persistence platform-persistence
COPY db-migrations db-migrations
COPY platform-web platform-web
# The formatting check is the CI build's job, not the image's.
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 orepass
WORKDIR /app
COPY --from=build /src/platform-web/target/orepass.jar /app/orepass.jar
USER orepass
EXPOSE 8080
# Graceful shutdown: the app drains requests for up to 20 s after SIGTERM.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s \
  CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/orepass.jar"]
