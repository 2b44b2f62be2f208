package io.indaba.core.base;

import java.util.List;

/** A project's name, source language and target languages (BCP-47, validated). */
public record ProjectSettings(String name, String sourceLang, List<String> targetLangs) {

    public ProjectSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("project name is empty");
        }
        sourceLang = LanguageTags.validate(sourceLang);
        targetLangs = targetLangs.stream().map(LanguageTags::validate).distinct().toList();
        if (targetLangs.contains(sourceLang)) {
            throw new IllegalArgumentException("target language " + sourceLang + " is the source language");
        }
    }
}
