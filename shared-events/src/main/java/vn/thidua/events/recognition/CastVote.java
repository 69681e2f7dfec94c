package vn.thidua.events.recognition;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A voter's ballot paper: one choice per nomination on the ballot. The voter is whoever sends it
 * (the user, or the user's unit on a cluster ballot), never a field of the request.
 */
public record CastVote(
    @TargetAggregateIdentifier String ballotId, Map<String, VoteChoice> choices) {}
