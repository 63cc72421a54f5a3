package com.relaycrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The default H2 database opens no TCP listener (AUTO_SERVER listened on all interfaces). */
class H2DefaultUrlTest {

    @Test
    void defaultH2UrlOpensNoNetworkListener() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String url = yaml.getObject().getProperty("spring.datasource.url");
        assertThat(url).contains("jdbc:h2:file:").doesNotContainIgnoringCase("AUTO_SERVER");
    }
}
