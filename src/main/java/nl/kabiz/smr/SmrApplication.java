package nl.kabiz.smr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The SMR register workflow: Camunda 7 engine, Tasklist/Cockpit/Admin, REST API for the KABIZ portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SmrApplication {

    public static void main(String[] args) {
        SpringApplication.run(SmrApplication.class, args);
    }
}
