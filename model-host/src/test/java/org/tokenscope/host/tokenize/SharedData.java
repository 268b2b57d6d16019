package org.tokenscope.host.tokenize;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures vendored into this module's test resources ({@code fixtures/}), with their licences. */
final class SharedData {
    private SharedData() {}

    /** A file under the test resources' {@code fixtures} folder. */
    static Path fixture(String relative) {
        try {
            return Path.of(SharedData.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test fixture fixtures/" + relative, e);
        }
    }
}
