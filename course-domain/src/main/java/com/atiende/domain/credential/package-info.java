/**
 * What makes a certificate trustworthy outside Atiende: the issuer's signing key for Open Badge credentials, kept in
 * the database so that every instance of a cluster signs with, and publishes, the same key; and the public halves of
 * the keys a rotation retired, published for good so that what they signed still verifies.
 */
package com.atiende.domain.credential;
