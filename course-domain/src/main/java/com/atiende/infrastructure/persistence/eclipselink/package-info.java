/**
 * EclipseLink-specific settings of the {@code atiende} persistence unit. They live in this module, beside
 * persistence.xml, so that the WAR and the EAR load them with the unit from the same jar.
 */
package com.atiende.infrastructure.persistence.eclipselink;
