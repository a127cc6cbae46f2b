package org.migrationmodel.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The validation service: the library's reader and validator behind an HTTP API and a web page. */
@SpringBootApplication
public class ValidationServiceApplication {

  /**
   * Starts the service, on 127.0.0.1:8080 unless configured otherwise.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(ValidationServiceApplication.class, args);
  }
}
