/**
 * Recertification: before a certificate expires its holder is enrolled again in the course and told so, exactly once
 * per certificate however many instances look for due certificates.
 */
package com.atiende.domain.recertification;
