package vn.thidua.command.integrity;

import java.util.List;

/**
 * What a verification found.
 *
 * @param ok nothing differs
 * @param eventsChecked event rows hashed again
 * @param sealedEvents events the global chain covers
 * @param unsealedEvents events after the head, covered only by their stream chains so far
 * @param head the head the chain was checked up to
 * @param firstBrokenLink the broken link with the lowest global index, null when ok
 * @param brokenLinks how many links are broken in all
 * @param examples the first broken links in global order (at most {@value ChainVerifier#EXAMPLES})
 * @param millis how long the verification took
 */
public record ChainReport(
    boolean ok,
    long eventsChecked,
    long sealedEvents,
    long unsealedEvents,
    ChainHead head,
    BrokenLink firstBrokenLink,
    long brokenLinks,
    List<BrokenLink> examples,
    long millis) {}
