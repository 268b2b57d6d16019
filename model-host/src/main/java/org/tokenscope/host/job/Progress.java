package org.tokenscope.host.job;

/** Receives progress of a long computation; implementations must be cheap and thread-safe. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} units (total ≤ 0 when unknown), with a short message. */
    void update(long done, long total, String message);
}
