package com.atiende.web.security;

import com.atiende.infrastructure.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly always, Secure when Atiende is served over HTTPS (ATIENDE_SECURE_COOKIES=true
 * behind a TLS proxy). SameSite=Lax comes from glassfish-web.xml, Payara's switch for it; Lax rather than Strict
 * so that a link from an e-mail to a course opens signed in, while every state change is a POST protected by
 * the Faces view state anyway.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    private Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("ATIENDE_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secureCookies());
    }
}
