package io.indaba.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The toolkit's start-up failures become one line naming what is missing. */
class DesktopFailureTest {

    @Test
    void aMissingGtkNamesThePackage() {
        String line = DesktopFailure.describe(new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library.")));
        assertTrue(line.contains("GTK 3") && line.contains("libgtk-3-0"), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void aWindowingLibraryThatCannotLoadNamesThePackageToo() {
        // what JavaFX throws on a bare Debian (no libX11, no GTK), seen in a debootstrap chroot
        String line = DesktopFailure.describe(new RuntimeException(
                new UnsatisfiedLinkError("no glass in java.library.path: /usr/java/packages/lib:/usr/lib64")));
        assertTrue(line.contains("libgtk-3-0"), line);
    }

    @Test
    void noDisplaySaysSo() {
        String line = DesktopFailure.describe(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertTrue(line.startsWith("indaba: no display"), line);
    }

    @Test
    void anythingElseNamesTheRootCause() {
        String line = DesktopFailure.describe(new RuntimeException("outer", new IllegalStateException("inner")));
        assertTrue(line.endsWith("IllegalStateException: inner"), line);
    }
}
