/**
 * Certificates people outside Atiende can trust: the PDF one would frame (with a QR code to the public verification
 * page), the Open Badges 3.0 credential signed as a VC-JWT with the issuer's key, the issuer profile and public keys
 * that let anyone check such a credential, and the check itself.
 */
package com.atiende.assessment.credential;
