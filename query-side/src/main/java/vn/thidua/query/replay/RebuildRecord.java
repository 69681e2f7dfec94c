package vn.thidua.query.replay;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The latest rebuild of one read model, kept so every instance sees it and a restart resumes. */
@Document(RebuildRecord.COLLECTION)
record RebuildRecord(@Id String readModel, RebuildProgress progress) {
  static final String COLLECTION = "read_model_rebuilds";
}
