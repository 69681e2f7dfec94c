package vn.thidua.query.replay;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One rebuild as it stands, kept so every instance sees it and a restart resumes it. */
@Document(RebuildRecord.COLLECTION)
record RebuildRecord(@Id String rebuildId, RebuildProgress progress) {
  static final String COLLECTION = "read_model_rebuilds";
}
