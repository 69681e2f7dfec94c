package vn.thidua.query.replay;

import com.mongodb.client.MongoDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * A MongoDatabase that hands out the live generation of a read model's collection whenever asked
 * for it by its logical name, so projections and queries keep their plain names and a rebuilt
 * generation takes over without a line of theirs changing.
 */
final class GenerationRoutedDatabase implements InvocationHandler {
  private static final Set<String> BY_COLLECTION_NAME =
      Set.of("getCollection", "createCollection", "createView");

  private final MongoDatabase target;
  private final Generations generations;

  private GenerationRoutedDatabase(MongoDatabase target, Generations generations) {
    this.target = target;
    this.generations = generations;
  }

  static MongoDatabase routing(MongoDatabase target, Generations generations) {
    return (MongoDatabase)
        Proxy.newProxyInstance(
            MongoDatabase.class.getClassLoader(),
            new Class<?>[] {MongoDatabase.class},
            new GenerationRoutedDatabase(target, generations));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (args != null && BY_COLLECTION_NAME.contains(method.getName())) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof String name) {
          args[i] = generations.physical(name);
          break;
        }
      }
    }
    try {
      Object result = method.invoke(target, args);
      // withWriteConcern(...) and friends return another database: keep routing it
      return result instanceof MongoDatabase other ? routing(other, generations) : result;
    } catch (InvocationTargetException failed) {
      throw failed.getCause();
    }
  }
}
