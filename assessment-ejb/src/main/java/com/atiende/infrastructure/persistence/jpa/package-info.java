/**
 * JPA implementations of the domain repositories, one per aggregate, and the {@code *Queries} classes that read the
 * lists jobs and reports work through; both use the entities' named queries.
 */
package com.atiende.infrastructure.persistence.jpa;
