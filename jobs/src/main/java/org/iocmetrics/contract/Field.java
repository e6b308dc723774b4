package org.iocmetrics.contract;

import java.util.List;

/** One column of the input data contract (../shared/spec/DATA-CONTRACT.md). */
public record Field(String name, FieldType type, boolean required, List<String> allowedValues) {

    static Field required(String name, FieldType type) {
        return new Field(name, type, true, List.of());
    }

    static Field optional(String name, FieldType type) {
        return new Field(name, type, false, List.of());
    }

    static Field requiredEnum(String name, List<String> values) {
        return new Field(name, FieldType.ENUM, true, values);
    }
}
