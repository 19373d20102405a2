package org.orepass.web.icglr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service around the three resources: the standard's health check (with the version of the standard this API
 * implements, read from the OpenAPI description it serves), and that description and the JSON-LD context at
 * stable addresses, so that a neighbouring state's system can find out what it talks to.
 */
@RestController
@RequestMapping(IcglrSecurity.API)
class IcglrServiceController {

    /** The OpenAPI description this API implements: the standard's, unchanged (IcglrSchemaCopyTest). */
    static final String OPENAPI = "icglr/openapi.yaml";
    static final String CONTEXT = "icglr/context.jsonld";

    private final String openApi;
    private final String context;
    private final String version;
    private final JsonMapper json;

    IcglrServiceController(JsonMapper json) {
        this.json = json;
        this.openApi = read(OPENAPI);
        this.context = read(CONTEXT);
        this.version = versionOf(openApi);
    }

    @GetMapping("/health")
    ObjectNode health() {
        return json.createObjectNode().put("status", "healthy").put("version", version)
                .put("timestamp", Instant.now().toString());
    }

    @GetMapping("/openapi.yaml")
    ResponseEntity<String> openApi() {
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(openApi);
    }

    @GetMapping("/context.jsonld")
    ResponseEntity<String> context() {
        return ResponseEntity.ok().contentType(new MediaType("application", "ld+json", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(context);
    }

    /** The standard's version: {@code info.version} of its OpenAPI description. */
    static String versionOf(String openApi) {
        var matcher = Pattern.compile("(?m)^info:\\s*$[\\s\\S]*?^  version:\\s*\"?([^\"\\s]+)\"?\\s*$")
                .matcher(openApi);
        if (!matcher.find()) {
            throw new IllegalStateException("no info.version in " + OPENAPI);
        }
        return matcher.group(1);
    }

    static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
