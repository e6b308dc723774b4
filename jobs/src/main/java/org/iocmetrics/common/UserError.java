package org.iocmetrics.common;

/**
 * A failure the user can fix (bad arguments, an unreadable or malformed drop, a broken invariant):
 * the launcher prints its message as one line on stderr and exits non-zero, without a stack trace.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
