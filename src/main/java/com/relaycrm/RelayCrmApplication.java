package com.relaycrm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RelayCrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(RelayCrmApplication.class, args);
    }
}
