/**
 * Small pieces shared by every aggregate of the domain, such as how time values are stored.
 */
package com.atiende.domain.shared;
