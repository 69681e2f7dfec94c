package vn.thidua.query.replay;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Read models, their live generation, and rebuilds of them while they keep serving. */
@RestController
public class ReadModelController {
  private final ReadModelRebuilds rebuilds;
  private final Generations generations;

  ReadModelController(ReadModelRebuilds rebuilds, Generations generations) {
    this.rebuilds = rebuilds;
    this.generations = generations;
  }

  @GetMapping("/api/read-models")
  public List<ReadModelView> readModels() {
    return rebuilds.readModels().stream()
        .map(
            model ->
                new ReadModelView(
                    model.name(),
                    model.collections(),
                    generations.liveGeneration(model.name()),
                    rebuilds.latest(model.name()).orElse(null)))
        .toList();
  }

  /** Starts building a new generation of one read model; poll its progress. */
  @PostMapping("/api/read-models/{readModel}/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasRole('ADMIN')")
  public RebuildProgress rebuild(@PathVariable String readModel, Authentication user) {
    return rebuilds.start(List.of(readModel), user.getName());
  }

  /** Rebuilds every read model in one pass of the events. */
  @PostMapping("/api/read-models/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasRole('ADMIN')")
  public RebuildProgress rebuildAll(Authentication user) {
    return rebuilds.start(List.of(), user.getName());
  }

  /** The latest rebuild of the read model: progress while it runs, then its checks. */
  @GetMapping("/api/read-models/{readModel}/rebuild")
  public RebuildProgress progress(@PathVariable String readModel) {
    Optional<RebuildProgress> progress = rebuilds.latest(readModel);
    return progress.orElseThrow(() -> new NeverRebuilt(readModel));
  }

  @GetMapping("/api/read-models/rebuilds/{rebuildId}")
  public RebuildProgress rebuildById(@PathVariable String rebuildId) {
    return rebuilds.find(rebuildId).orElseThrow(() -> new NeverRebuilt(rebuildId));
  }

  /** A read model with the generation serving now and its latest rebuild, if any. */
  public record ReadModelView(
      String name, List<String> collections, String liveGeneration, RebuildProgress lastRebuild) {}

  static class NeverRebuilt extends vn.thidua.events.problem.NotFound {
    NeverRebuilt(String readModel) {
      super("readModel", "rebuild-must-exist", "'" + readModel + "' has never been rebuilt");
    }
  }
}
