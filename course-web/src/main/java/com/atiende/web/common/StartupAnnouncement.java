package com.atiende.web.common;

import com.atiende.infrastructure.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Tells the operator, in one log line, where Atiende answers once the application has started. */
@ApplicationScoped
public class StartupAnnouncement {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class.getName());

    @Inject
    private Settings settings;

    void announce(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.info(() -> "Atiende is ready at " + settings.publicUrl());
    }
}
