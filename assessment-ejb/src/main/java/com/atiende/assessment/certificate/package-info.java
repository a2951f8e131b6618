/**
 * Certificates as their holder lists them, and public verification by code, which tells anyone whether a
 * certificate is valid, expired, revoked or unknown.
 */
package com.atiende.assessment.certificate;
