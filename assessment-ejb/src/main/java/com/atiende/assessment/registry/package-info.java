/**
 * HR's register of certificates: every certificate found by course, department and period of issue, revoked with a
 * reason, exported as PDFs, and those about to expire with where their recertification stands.
 */
package com.atiende.assessment.registry;
