package com.atiende.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells the operator, in one log line, where Atiende answers once the application has started. */
@ApplicationScoped
public class StartupAnnouncement {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class.getName());

    @Inject
    @ConfigProperty(name = "atiende.public.url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    void announce(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.info(() -> "Atiende is ready at " + publicUrl);
    }
}
