package vn.thidua.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Takes commands over HTTP, decides in aggregates and appends events to PostgreSQL. */
@SpringBootApplication
public class CommandSideApplication {
  public static void main(String[] args) {
    SpringApplication.run(CommandSideApplication.class, args);
  }
}
