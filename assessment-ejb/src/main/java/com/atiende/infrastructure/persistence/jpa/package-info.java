/** JPA implementations of the domain repositories, one per aggregate, using the entities' named queries. */
package com.atiende.infrastructure.persistence.jpa;
