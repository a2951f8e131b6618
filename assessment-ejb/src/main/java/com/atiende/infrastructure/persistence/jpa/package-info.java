/**
 * Data access through JPA, one rule for all of it: aggregates through the domain's repositories (one {@code Jpa*}
 * implementation per aggregate, using the entities' named queries), lists and reports through the {@code *Queries}
 * classes, counted and paged in the database.
 */
package com.atiende.infrastructure.persistence.jpa;
