package vn.thidua.command.caseload.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.command.CommandSideApplication;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.stores.TestStores;

/**
 * Prints rows per second for a bulk import through {@code POST /api/imports/caseload} (every row an
 * Axon command, event-sourced, checked) against plain JDBC batch inserts of the same rows into the
 * same PostgreSQL, in one run; then the same file again (all rows unchanged). Run it with the
 * service's heap limit, e.g. {@code -Xmx512m}: the command side, the client that generates and
 * streams the file, and the report all live in this JVM. See docs/features/import.md.
 *
 * <p>Arguments: {@code [rows=100000] [jdbcUrl]}; without a JDBC URL a throwaway embedded PostgreSQL
 * is started.
 */
public final class ImportBenchmark {
  private static final String HEADER =
      "kind,caseId,unitId,caseType,acceptedOn,carriedOver,resolvedOn,outcome,onlineTrial,modelTrial,presidingJudgeId,ghiChu\n";
  private static final String NOTE = "Tranh chấp hợp đồng mua bán hàng hóa, TAND tỉnh Quảng Ninh";
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 10, 1);
  private static final CaseType[] TYPES = CaseType.values();
  private static final VerdictOutcome[] OUTCOMES = VerdictOutcome.values();

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String jdbcUrl;
    if (args.length > 1) {
      jdbcUrl = args[1];
    } else {
      EmbeddedStores stores = TestStores.get();
      jdbcUrl = stores.postgresJdbcUrl();
    }
    String run = UUID.randomUUID().toString().substring(0, 8);
    String unit = "BENCH-" + run;
    try (ConfigurableApplicationContext service =
        new SpringApplication(CommandSideApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + EmbeddedStores.USER,
                "--spring.datasource.password=" + EmbeddedStores.PASSWORD,
                "--logging.level.root=WARN")) {
      int port = ((WebServerApplicationContext) service).getWebServer().getPort();
      HttpClient http = HttpClient.newHttpClient();
      registerUnit(http, port, unit);

      System.out.printf(
          "Importing %,d rows (%,d cases) as CSV, max heap %,d MB%n",
          rows, rows / 2, Runtime.getRuntime().maxMemory() >> 20);
      long importMillis = timed(() -> printReport(upload(http, port, rows, run, unit)));
      long againMillis = timed(() -> printReport(upload(http, port, rows, run, unit)));
      long jdbcMillis = timed(() -> insertWithJdbc(jdbcUrl, rows, run, unit));

      System.out.printf("%nrows: %,d%n", rows);
      System.out.printf(
          "HTTP import (Axon commands):   %,8.0f rows/s  (%,d ms)%n",
          perSecond(rows, importMillis), importMillis);
      System.out.printf(
          "same file again (unchanged):   %,8.0f rows/s  (%,d ms)%n",
          perSecond(rows, againMillis), againMillis);
      System.out.printf(
          "raw JDBC batch inserts:        %,8.0f rows/s  (%,d ms)%n",
          perSecond(rows, jdbcMillis), jdbcMillis);
      System.out.printf(
          "peak heap used: %,d MB of %,d MB%n",
          peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
    }
    System.exit(0);
  }

  /** Row {@code index} of the file: even rows accept case index/2, odd rows record its verdict. */
  private static String row(int index, String run, String unit) {
    int number = index / 2;
    LocalDate acceptedOn = FIRST_DAY.plusDays(number % 180);
    String caseId = run + "-" + number;
    if (index % 2 == 0) {
      return "ACCEPT,"
          + caseId
          + ","
          + unit
          + ","
          + TYPES[number % TYPES.length]
          + ","
          + acceptedOn
          + ","
          + (number % 10 == 0)
          + ",,,,,,\""
          + NOTE
          + "\"\n";
    }
    return "VERDICT,"
        + caseId
        + ",,,,,"
        + acceptedOn.plusDays(30 + number % 60)
        + ","
        + OUTCOMES[number % OUTCOMES.length]
        + ","
        + (number % 50 == 0)
        + ","
        + (number % 40 == 0)
        + ",TP-"
        + (number % 101)
        + ",\n";
  }

  private static String upload(HttpClient http, int port, int rows, String run, String unit)
      throws Exception {
    PipedInputStream body = new PipedInputStream(64 * 1024);
    PipedOutputStream generator = new PipedOutputStream(body);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream output = generator) {
                output.write(HEADER.getBytes(StandardCharsets.UTF_8));
                for (int index = 0; index < rows; index++) {
                  output.write(row(index, run, unit).getBytes(StandardCharsets.UTF_8));
                }
              } catch (IOException broken) {
                throw new IllegalStateException(broken);
              }
            },
            "csv-generator");
    writer.start();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/caseload"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", basic("quantri"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    writer.join();
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "import answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static void insertWithJdbc(String jdbcUrl, int rows, String run, String unit)
      throws Exception {
    try (Connection connection =
        DriverManager.getConnection(jdbcUrl, EmbeddedStores.USER, EmbeddedStores.PASSWORD)) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute(
            "CREATE TABLE IF NOT EXISTS import_benchmark_fact (kind text, case_id text, unit_id text, case_type text, accepted_on date, carried_over boolean, resolved_on date, outcome text, online_trial boolean, model_trial boolean, presiding_judge_id text, note text, PRIMARY KEY (kind, case_id))");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO import_benchmark_fact VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (int index = 0; index < rows; index++) {
          String[] cells = row(index, run, unit).strip().split(",", -1);
          insert.setString(1, cells[0]);
          insert.setString(2, cells[1]);
          insert.setString(3, blankToNull(cells[2]));
          insert.setString(4, blankToNull(cells[3]));
          insert.setDate(5, cells[4].isEmpty() ? null : Date.valueOf(cells[4]));
          insert.setObject(6, cells[5].isEmpty() ? null : Boolean.valueOf(cells[5]));
          insert.setDate(7, cells[6].isEmpty() ? null : Date.valueOf(cells[6]));
          insert.setString(8, blankToNull(cells[7]));
          insert.setObject(9, cells[8].isEmpty() ? null : Boolean.valueOf(cells[8]));
          insert.setObject(10, cells[9].isEmpty() ? null : Boolean.valueOf(cells[9]));
          insert.setString(11, blankToNull(cells[10]));
          insert.setString(12, cells[0].equals("ACCEPT") ? NOTE : null);
          insert.addBatch();
          if (index % 1_000 == 999) {
            insert.executeBatch();
            connection.commit();
          }
        }
        insert.executeBatch();
        connection.commit();
      }
    }
  }

  private static String blankToNull(String cell) {
    return cell.isEmpty() ? null : cell;
  }

  private static void registerUnit(HttpClient http, int port, String unit) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/units"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("quantri"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"unitId\":\""
                            + unit
                            + "\",\"name\":\"TAND benchmark\",\"level\":\"PROVINCIAL\",\"judges\":101}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("unit registration answered " + response.statusCode());
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
  }

  private static void printReport(String report) {
    String counts = report.length() > 300 ? report.substring(0, 300) + "…" : report;
    System.out.println("report: " + counts);
  }

  private interface Step {
    void run() throws Exception;
  }

  private static long timed(Step step) throws Exception {
    long start = System.nanoTime();
    step.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static double perSecond(int rows, long millis) {
    return rows * 1000.0 / Math.max(1, millis);
  }

  private static long peakHeapMegabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }
}
