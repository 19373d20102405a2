package org.orepass.web.icglr;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client that asks for {@code application/ld+json} gets JSON-LD: the document (or the list) carries the standard's
 * {@code @context} (context.jsonld, embedded so that nothing has to be fetched to read it). Plain JSON clients get
 * the documents unchanged. Error documents are always plain JSON.
 */
@ControllerAdvice(basePackageClasses = IcglrLinkedData.class)
class IcglrLinkedData implements ResponseBodyAdvice<Object> {

    static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    private final JsonNode context;

    IcglrLinkedData(JsonMapper json) {
        this.context = json.readTree(IcglrServiceController.read(IcglrServiceController.CONTEXT)).path("@context");
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ObjectNode document && selectedContentType != null
                && LD_JSON.getType().equals(selectedContentType.getType())
                && LD_JSON.getSubtype().equals(selectedContentType.getSubtype())) {
            var linked = document.objectNode();
            linked.set("@context", context.deepCopy());
            linked.setAll(document);
            return linked;
        }
        return body;
    }
}
