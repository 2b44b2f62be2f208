package io.indaba.app.project.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathTextTest {

    @Test
    void pastedPathsLoseQuotesAndBlanksAndFileUrisAreDecoded() {
        assertEquals(Path.of("/home/amina/pkg.indaba"), PathText.parse("  '/home/amina/pkg.indaba' \n"));
        assertEquals(Path.of("/home/amina/pkg.indaba"), PathText.parse("\"/home/amina/pkg.indaba\""));
        assertEquals(Path.of("/tmp/ትርጉም pkg.indaba"), PathText.parse("file:///tmp/%E1%89%B5%E1%88%AD%E1%8C%89%E1%88%9D%20pkg.indaba"));
        assertNull(PathText.parse("   "));
        assertNull(PathText.parse("file://host:bad/%zz"));
    }
}
