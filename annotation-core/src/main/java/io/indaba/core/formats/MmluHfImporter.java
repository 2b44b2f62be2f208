package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MMLU in the Hugging Face layout: JSONL with {@code question, subject, choices, answer}. {@code choices} is a list
 * or a string holding a Python list literal; {@code answer} an index 0–3 or a letter. Ids follow the CSV scheme
 * {@code <subject>_<split>#<n>} (split from the file name) so both layouts land on the same items.
 */
public final class MmluHfImporter implements Importer {

    static final Set<String> KEYS = Set.of("question", "subject", "choices", "answer");

    @Override
    public String id() {
        return "mmlu-hf";
    }

    @Override
    public String description() {
        return "MMLU Hugging Face JSONL (question, subject, choices, answer)";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.stripLeading().replace("\uFEFF", "").startsWith("{") && text.contains("\"choices\"")
                && text.contains("\"question\"") ? 70 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        BadRows bad = new BadRows(options.skipBadRows());
        String split = split(file);
        String sourceLang = project.settings().sourceLang();
        Map<String, Integer> rowsPerSubject = new HashMap<>();
        List<SourceImport.Read> items = new ArrayList<>();
        JsonLines.forEach(file, bad, line -> items.add(new SourceImport.Read(line.line(),
                item(file, line, split, sourceLang, rowsPerSubject))));
        // --target-lang: the same layout holding a translation; its ids land on the English items.
        TranslationLanguage translated = TranslationLanguage.resolve(file, options.targetLang(), null, null);
        if (translated != null) {
            return TranslatedItemsImport.run(id(), project, file, translated, items, options, bad);
        }
        ImportSummary s = SourceImport.store(project, file, id(), items, options, bad, progress);
        return new ImportReport(id(), s, 0, 0, 0, 0, bad.list(), List.of());
    }

    private static Item item(Path file, JsonLines.Line l, String split, String sourceLang,
                             Map<String, Integer> rowsPerSubject) {
        String question = JsonLines.text(file, l, "question");
        if (question == null || question.isBlank()) {
            throw new BadInputException(file, l.line(), "no question");
        }
        String subject = JsonLines.text(file, l, "subject");
        if (subject == null || subject.isBlank()) {
            subject = "mmlu";
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("subject", subject);
        if (split != null) {
            meta.put("split", split);
        }
        List<String> choices = choices(file, l, meta);
        JsonNode answerNode = l.object().get("answer");
        String answer = answerNode == null || answerNode.isContainerNode() ? null
                : answerNode.isNumber() ? AnswerKeys.letterFromIndex(answerNode.asText())
                : AnswerKeys.letter(answerNode.asText()) != null ? AnswerKeys.letter(answerNode.asText())
                : AnswerKeys.letterFromIndex(answerNode.asText());
        if (answer == null) {
            throw new BadInputException(file, l.line(), "answer " + answerNode + " is neither 0-3 nor A-D");
        }
        meta.put(BenchmarkJsonRecords.ANSWER, answerNode.toString());
        if (l.object().get("choices").isTextual()) {
            // Kept verbatim: Python's repr is one of many ways to write the same list.
            meta.put(BenchmarkJsonRecords.CHOICES, l.object().get("choices").asText());
        }
        JsonLines.keepRest(l.object(), KEYS, meta);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", question);
        for (int i = 0; i < 4; i++) {
            fields.put(String.valueOf((char) ('A' + i)), choices.get(i));
        }
        String collection = split == null ? subject : subject + "_" + split;
        int row = rowsPerSubject.merge(collection, 1, Integer::sum);
        String id = JsonLines.text(file, l, "id");
        return Item.of(id != null && !id.isBlank() ? id : MmluFileName.externalId(collection, row), ItemKind.MCQ,
                sourceLang, collection, row, fields, answer, meta);
    }

    private static List<String> choices(Path file, JsonLines.Line l, Map<String, String> meta) {
        JsonNode node = l.object().get("choices");
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode c : node) {
                if (c.isContainerNode() || c.isNull()) {
                    throw new BadInputException(file, l.line(), "a choice is not text: " + c);
                }
                out.add(c.asText());
            }
        } else if (node != null && node.isTextual()) {
            try {
                out = PythonList.parse(node.asText());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file, l.line(), "choices is a string but not a list literal: "
                        + e.getMessage());
            }
            meta.put("choices.style", "python");
        } else {
            throw new BadInputException(file, l.line(), "choices must be a list of four strings");
        }
        if (out.size() != 4) {
            throw new BadInputException(file, l.line(), "expected 4 choices, found " + out.size());
        }
        return out;
    }

    /** The split named in the file name ({@code virology_test.jsonl}, {@code validation-00000.jsonl}), or null. */
    static String split(Path file) {
        String stem = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String token : stem.split("[^a-z]+")) {
            switch (token) {
                case "dev" -> {
                    return "dev";
                }
                case "val", "validation" -> {
                    return "val";
                }
                case "test" -> {
                    return "test";
                }
                case "train" -> {
                    return "train";
                }
                default -> { }
            }
        }
        return null;
    }
}
