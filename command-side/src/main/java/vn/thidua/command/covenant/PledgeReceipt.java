package vn.thidua.command.covenant;

/** What a signature did: whether it was new, and whether the covenant is now concluded. */
record PledgeReceipt(boolean newlySigned, boolean concluded) {}
