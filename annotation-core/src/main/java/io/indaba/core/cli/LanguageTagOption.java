package io.indaba.core.cli;

import io.indaba.core.base.LanguageTags;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Checks a {@code --lang}-style option while the command line is parsed, so a bad tag is a usage error (exit 2). */
final class LanguageTagOption implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        try {
            return LanguageTags.validate(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
