package com.atiende.assessment.registry;

import com.atiende.assessment.credential.CertificateFace;
import java.util.List;

/**
 * One batch of a certificate export, ready to draw.
 *
 * @param next the key the next batch starts after; null when this was the last
 */
public record CertificateBatch(List<CertificateFace> faces, RegisteredCertificate.Key next) {
}
