package io.indaba.core.item;

/** An import would change what a stored item is (its kind, its fields or its answer key), which needs consent. */
public final class ItemConflictException extends RuntimeException {

    private final String externalId;

    public ItemConflictException(String externalId, String reason) {
        super(reason);
        this.externalId = externalId;
    }

    /** The id of the stored item. */
    public String externalId() {
        return externalId;
    }
}
