package vn.thidua.query.leaderboard;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The leaderboard periods a unit takes part in, so a case event finds its leaderboards by id. */
@Document(Membership.COLLECTION)
record Membership(@Id String unitId, List<Period> periods) {
  static final String COLLECTION = "leaderboard_memberships";
}
