/** The audit log: what was done, by whom, when and from where. */
package com.atiende.domain.audit;
