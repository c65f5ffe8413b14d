package io.geowire.extract.learned;

import java.io.InputStream;

/** Model and tokenizer files that encoder artifacts from Maven Central keep at their jar's root. */
final class JarResources {
    private JarResources() {
    }

    /** The resource, or a loud failure naming the dependency that should have brought it. */
    static InputStream open(String name, String artifact) {
        InputStream in = JarResources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath: the dependency " + artifact
                    + " is missing");
        }
        return in;
    }
}
