package io.indaba.plugin;

/** A request that failed, with what kind of failure it was so callers know whether trying later can help. */
public final class BackendException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** 429, or 503 from a full queue. */
        OVERLOADED(true),
        /** 502/503/504, or a server still loading. */
        UNAVAILABLE(true),
        /** Refused, reset or dropped connection; a stream that ended early. */
        NETWORK(true),
        /** 400/422: the request is wrong and will stay wrong. */
        BAD_REQUEST(false),
        /** 401/403. */
        UNAUTHORIZED(false),
        /** 404: no such model or path. */
        NOT_FOUND(false),
        /** An error the server reported, including one inside a 200 stream. */
        SERVER(false),
        /** An answer this client cannot read. */
        PROTOCOL(false),
        /** The request's deadline passed. */
        DEADLINE(false),
        /** Someone cancelled it. */
        CANCELLED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /** Whether sending the same request again later may succeed. */
        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final int status;

    public BackendException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    /** The kind for an HTTP status that is not 2xx. */
    public static Kind kindOf(int status) {
        return switch (status) {
            case 429 -> Kind.OVERLOADED;
            case 502, 503, 504 -> Kind.UNAVAILABLE;
            case 401, 403 -> Kind.UNAUTHORIZED;
            case 404 -> Kind.NOT_FOUND;
            case 400, 422 -> Kind.BAD_REQUEST;
            default -> status >= 500 ? Kind.SERVER : Kind.BAD_REQUEST;
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when none came. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return kind.retryable();
    }
}
