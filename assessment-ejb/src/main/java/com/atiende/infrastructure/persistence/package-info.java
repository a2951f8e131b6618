/**
 * Persistence infrastructure: the data source, the Flyway migration run at start-up and the JPA
 * implementations of the domain repositories.
 */
package com.atiende.infrastructure.persistence;
