package io.indaba.core.formats;

import io.indaba.core.item.Item;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Saves translated field texts from a file onto an item; re-importing the same text adds no revision. */
final class ImportedTranslations {

    private ImportedTranslations() {
    }

    /**
     * Saves each field whose text or status differs from what is stored; returns how many were saved. A null
     * {@code status} means the file carries none: unchanged text keeps its status (an approved translation stays
     * approved), new or changed text becomes "translated".
     */
    static int save(Connection c, Item item, String lang, Map<String, String> texts, TranslationStatus status,
                    Origin origin, String actor, String note) throws SQLException {
        Map<String, Translation> current = Translations.forItem(c, item.id(), lang);
        int saved = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Translation now = current.get(e.getKey());
            if (now != null && now.text().equals(e.getValue()) && (status == null || now.status() == status)
                    && !now.sourceChanged()) {
                continue;
            }
            TranslationStatus to = status != null ? status : TranslationStatus.TRANSLATED;
            Translations.save(c, new Translations.Change(item.id(), e.getKey(), lang, e.getValue(), to, origin,
                    actor, item.sourceHash(), note));
            saved++;
        }
        return saved;
    }
}
