/**
 * The application layer: one package per activity, each with its services (EJBs) and the records they hand callers.
 * Here, the refusals every service throws to its callers: each carries a message key and arguments for the caller's
 * resource bundle, and rolls the transaction back.
 */
package com.atiende.assessment;
