package com.atiende.it.container;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds Arquillian deployments from the real WAR the build just produced, so container tests exercise exactly
 * what ships, plus the test classes and the assertion library they run inside the server.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive atiendeWith(Class<?>... testClasses) {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("atiende.war")))
                .addClasses(testClasses)
                .addClass(Deployments.class)
                .addAsLibrary(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
