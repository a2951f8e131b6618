/**
 * Certificates: issued once per completed enrolment, valid for the months the course says, verifiable by anyone
 * through an unguessable code, and kept on record after they expire or are revoked.
 */
package com.atiende.domain.certificate;
