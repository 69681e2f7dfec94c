package vn.thidua.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tails the event store into read models in MongoDB and answers queries over HTTP. */
@SpringBootApplication
public class QuerySideApplication {
  public static void main(String[] args) {
    SpringApplication.run(QuerySideApplication.class, args);
  }
}
