/** The audit log service: one place that writes events and pages through them for HR and administrators. */
package com.atiende.assessment.audit;
