package vn.thidua.query.leaderboard;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(UnitName.COLLECTION)
record UnitName(@Id String unitId, String name) {
  static final String COLLECTION = "leaderboard_unit_names";
}
