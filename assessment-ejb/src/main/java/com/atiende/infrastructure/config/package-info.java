/**
 * Atiende's settings: every {@code atiende.*} key of MicroProfile Config is read here and nowhere else, with its
 * default written once (an architecture test keeps the keys out of every other class).
 */
package com.atiende.infrastructure.config;
