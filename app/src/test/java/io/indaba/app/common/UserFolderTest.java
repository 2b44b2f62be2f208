package io.indaba.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UserFolderTest {

    private static Properties system(String os, String home) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", home);
        return p;
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/home/ada/.local/share/indaba"), UserFolder.resolve(system("Linux", "/home/ada"), Map.of()));
        assertEquals(Path.of("/data/indaba"),
                UserFolder.resolve(system("Linux", "/home/ada"), Map.of("XDG_DATA_HOME", "/data")));
        assertEquals(Path.of("/home/ada/.local/share/indaba"),
                UserFolder.resolve(system("Linux", "/home/ada"), Map.of("XDG_DATA_HOME", "relative")));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming/Indaba"),
                UserFolder.resolve(system("Windows 11", "C:/Users/ada"), Map.of("APPDATA", "C:/Users/ada/AppData/Roaming")));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ada/Library/Application Support/Indaba"),
                UserFolder.resolve(system("Mac OS X", "/Users/ada"), Map.of()));
    }

    @Test
    void systemPropertyOverridesEverything() {
        Properties p = system("Linux", "/home/ada");
        p.setProperty(UserFolder.OVERRIDE, "/tmp/indaba-test");
        assertEquals(Path.of("/tmp/indaba-test"), UserFolder.resolve(p, Map.of("XDG_DATA_HOME", "/data")));
    }
}
