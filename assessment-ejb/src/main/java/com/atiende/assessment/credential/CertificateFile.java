package com.atiende.assessment.credential;

/**
 * A file made of a certificate, ready to be sent: its suggested name, media type and bytes.
 *
 * @param fileName a safe file name (the verification code and an extension)
 */
public record CertificateFile(String fileName, String contentType, byte[] content) {

    public static final String PDF = "application/pdf";
    /** A Verifiable Credential secured as a JWT (W3C VC-JOSE-COSE). */
    public static final String VC_JWT = "application/vc+jwt";
}
