/**
 * What makes a certificate trustworthy outside Atiende: the issuer's signing key for Open Badge credentials, kept in
 * the database so that every instance of a cluster signs with, and publishes, the same key.
 */
package com.atiende.domain.credential;
