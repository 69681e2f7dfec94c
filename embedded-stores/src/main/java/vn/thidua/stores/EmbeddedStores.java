package vn.thidua.stores;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL (zonky's embedded binaries) for the event store and the mongo-java-server
 * stand-in for the read side. With a data folder both keep their data across restarts; without one
 * they live in a temporary folder (PostgreSQL) or in memory (Mongo) and vanish on close.
 */
public final class EmbeddedStores implements AutoCloseable {
  public static final String DATABASE = "thidua";
  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  private final EmbeddedPostgres postgres;
  private final MongoServer mongo;
  private final InetSocketAddress mongoAddress;

  private EmbeddedStores(
      EmbeddedPostgres postgres, MongoServer mongo, InetSocketAddress mongoAddress) {
    this.postgres = postgres;
    this.mongo = mongo;
    this.mongoAddress = mongoAddress;
  }

  /**
   * Starts the stores that are asked for.
   *
   * @param dataDirectory where data survives restarts; null for throwaway stores (tests)
   * @param postgresPort 0 for a free port, negative to start no PostgreSQL
   * @param mongoPort 0 for a free port, negative to start no Mongo stand-in
   */
  public static EmbeddedStores start(Path dataDirectory, int postgresPort, int mongoPort) {
    EmbeddedPostgres postgres =
        postgresPort < 0 ? null : startPostgres(dataDirectory, postgresPort);
    MongoServer mongo = null;
    InetSocketAddress mongoAddress = null;
    if (mongoPort >= 0) {
      mongo = new MongoServer(mongoBackend(dataDirectory));
      mongo.bind("127.0.0.1", mongoPort);
      mongoAddress = mongo.getLocalAddress();
    }
    return new EmbeddedStores(postgres, mongo, mongoAddress);
  }

  /** Throwaway stores on free ports, for tests. */
  public static EmbeddedStores startThrowaway() {
    return start(null, 0, 0);
  }

  public String postgresJdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  public int postgresPort() {
    return postgres.getPort();
  }

  public String mongoUri() {
    return "mongodb://127.0.0.1:" + mongoAddress.getPort() + "/" + DATABASE;
  }

  public boolean hasPostgres() {
    return postgres != null;
  }

  public boolean hasMongo() {
    return mongo != null;
  }

  @Override
  public void close() {
    if (mongo != null) {
      mongo.shutdown();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
      if (dataDirectory != null) {
        // users' data: durable writes, and never wiped on close
        Path pgData = Files.createDirectories(dataDirectory.resolve("postgres"));
        builder
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
      }
      builder.setServerConfig("max_connections", "200");
      EmbeddedPostgres postgres = builder.start();
      createDatabaseIfMissing(postgres);
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!exists.next()) {
          statement.execute("CREATE DATABASE " + DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + DATABASE, e);
    }
  }

  private static de.bwaldvogel.mongo.MongoBackend mongoBackend(Path dataDirectory) {
    if (dataDirectory == null) {
      return new MemoryBackend();
    }
    try {
      Path folder = Files.createDirectories(dataDirectory.resolve("mongo"));
      return new H2Backend(folder.resolve("thidua.mv").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
