package io.indaba.core.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a taxonomy field is answered, and so which agreement statistic fits it. */
public enum FieldType {
    /** One value from an unordered list: nominal agreement. */
    SINGLE,
    /** Any number of values from a list, "none" an explicit value: alpha per value and MASI alpha. */
    MULTIPLE,
    /** One value from an ordered scale (first value lowest rank): ordinal alpha and Gwet's AC2. */
    ORDINAL,
    /** Free text, never compared. */
    TEXT,
    /** One UN M49 region code from the fixed list in {@link Places}. */
    REGION,
    /** One ISO 3166-1 alpha-2 country code from the fixed list in {@link Places}. */
    COUNTRY;

    /** The lower-case code stored in the taxonomy JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored code. */
    @JsonCreator
    public static FieldType of(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field type '" + code
                    + "' (single, multiple, ordinal, text, region, country)");
        }
    }

    /** Whether answers hold values from a fixed list, so agreement can be measured. */
    public boolean chosen() {
        return this != TEXT;
    }
}
