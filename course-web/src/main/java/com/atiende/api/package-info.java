/** The REST API for integrations: bearer-token authentication, scopes, problem+json errors. */
package com.atiende.api;
