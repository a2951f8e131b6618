/**
 * Persistence infrastructure: the data source, the Flyway migration run at start-up, transactions that run again
 * when they lose a race, and the JPA implementations of the domain repositories.
 */
package com.atiende.infrastructure.persistence;
