package org.orepass.web.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Boot's error controller (which then steps back) by the one answering JSON errors as problems. */
@Configuration
class JsonErrorConfiguration {

    @Bean
    JsonErrorController errorController(ErrorAttributes errorAttributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new JsonErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
    }
}
