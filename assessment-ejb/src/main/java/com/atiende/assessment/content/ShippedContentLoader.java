package com.atiende.assessment.content;

import com.atiende.domain.content.ContentSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Publishes the content shipped in the content jar when Atiende starts, after the schema is migrated. Invalid
 * content stops the start-up with every problem named, rather than serving half a course.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ShippedContentLoader {

    /** Where the content module puts its files on the class path. */
    public static final String CONTENT_ROOT = "content/";

    private static final Logger LOG = Logger.getLogger(ShippedContentLoader.class.getName());

    @EJB
    private ContentImportService contentImport;

    @PostConstruct
    void load() {
        try {
            ImportResult result = contentImport.publish(shippedContent());
            LOG.info(() -> "Shipped content loaded: " + result);
        } catch (InvalidContentException e) {
            throw new IllegalStateException("Atiende cannot start: the shipped content is invalid. " + e.getMessage(), e);
        }
    }

    public static ContentSource shippedContent() {
        return ContentSource.classpath(ShippedContentLoader.class.getClassLoader(), CONTENT_ROOT);
    }
}
