package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second person verifies translated items: perfect, approved, corrected or sent back. */
class VerificationTest {

    @TempDir
    Path dir;

    private SampleEditor sample;
    private TranslateViewModel model;

    @BeforeEach
    void open() {
        sample = new SampleEditor(dir);
        model = new TranslateViewModel(sample.session, "verifier");
        model.start();
        model.editor().verifyingProperty().set(true);
        model.list().selectItem(sample.item("sample-mcq-2").id());
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private Map<String, Translation> stored() {
        return sample.project.translations().forItem(sample.item("sample-mcq-2").id(), "am");
    }

    private Revision last(String field) {
        List<Revision> history = sample.project.translations().history(stored().get(field).id());
        return history.get(history.size() - 1);
    }

    @Test
    void perfectMarksEveryFieldReviewedAsAVerificationRevision() {
        model.verification().perfect(false);
        stored().values().forEach(t -> assertEquals(TranslationStatus.REVIEWED, t.status()));
        assertEquals(Origin.VERIFICATION, last("question").origin());
        assertEquals("verifier", last("question").author());
        assertEquals("perfect", last("question").note());
        assertEquals(TranslationStatus.REVIEWED, model.list().rows().get(1).status());
    }

    @Test
    void aLeadApproves() {
        model.verification().perfect(true);
        stored().values().forEach(t -> assertEquals(TranslationStatus.APPROVED, t.status()));
    }

    @Test
    void aTypedCorrectionBecomesTheTextWithOriginVerification() {
        String corrected = "በባሕር ጠለል ላይ ውሃ በስንት ዲግሪ ሴልሺየስ ይፈላል?";
        model.editor().focusedProperty().set(0);
        model.editor().fields().get(0).targetProperty().set(corrected);
        model.editor().focusedProperty().set(1);
        model.verification().needsCorrection("ወለል is floor, not sea level");
        assertEquals(corrected, stored().get("question").text());
        assertEquals(TranslationStatus.REVIEWED, stored().get("question").status());
        assertEquals(Origin.VERIFICATION, last("question").origin());
        assertTrue(last("question").note().contains("ወለል is floor"), last("question").note());
        assertEquals("90", stored().get("B").text());
        assertEquals(TranslationStatus.REVIEWED, stored().get("B").status());
    }

    @Test
    void needsCorrectionWithoutACorrectionSendsTheItemBack() {
        model.verification().needsCorrection("");
        stored().values().forEach(t -> assertEquals(TranslationStatus.REJECTED, t.status()));
        assertEquals(TranslationStatus.REJECTED, model.list().rows().get(1).status());
    }

    @Test
    void confirmingWhileVerifyingMarksReviewedAndAnIncompleteItemCannotBePerfect() {
        model.editor().focusedProperty().set(0);
        model.editor().confirm();
        assertEquals(TranslationStatus.REVIEWED, stored().get("question").status());
        assertEquals(Origin.VERIFICATION, last("question").origin());
        model.list().selectItem(sample.item("sample-mcq-3").id());
        model.verification().perfect(false);
        assertTrue(model.editor().messageProperty().get().startsWith("Every field needs"));
    }
}
