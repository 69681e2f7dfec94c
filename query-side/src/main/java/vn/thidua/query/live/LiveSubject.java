package vn.thidua.query.live;

import java.util.function.Supplier;

/**
 * What a stream shows: the view ({@code read}), the SSE event name it is sent under, and the
 * leaderboard document whose changes make it worth reading again. Streams with the same key share
 * one read per change, however many clients watch them.
 */
record LiveSubject(String key, String eventName, String documentId, Supplier<Object> read) {}
